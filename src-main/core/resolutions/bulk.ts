// Loading many resolutions at once (demo data, benchmarks, and later sync pulls): the same
// normalization and index as a single registration, in one transaction, in chunks.
import type { CouncilRow, resolutionTable } from '../storage/entities';
import type { InsertOf } from '../storage/table';
import { ResolutionBodyEntity, ResolutionEntity } from '../storage/entities';
import type { ResolutionRegisterInput } from '../../../shared/schemas/resolution';
import { resolutionRegisterInput } from '../../../shared/schemas/resolution';
import { jalaliYear } from '../../../shared/dates/jalali';
import { searchKey } from '../../../shared/text/persian';
import { AppError } from '../../../shared/api/errors';
import type { Actor, CoreContext } from '../context';
import { requireOffice } from '../office/service';
import { getCouncilRow } from '../councils/service';
import { indexResolutions, resolutionDocument } from '../storage/fts';
import { resolutionSortRows, writeResolutionSortKeys } from '../storage/sortKeys';
import { newId } from '../ids';
import { currentPolicy } from '../lifecycle/policy';
import { receiptClock } from './clock';
import { resolutionMessages } from './messages';

const CHUNK = 1000;

export async function bulkInsertResolutions(
  core: CoreContext,
  actor: Actor,
  items: ResolutionRegisterInput[],
): Promise<number> {
  const n = await core.db.write(async (tx) => {
    const office = await requireOffice(tx);
    const policy = await currentPolicy(tx);
    const councils = new Map<string, CouncilRow>();
    const now = core.clock().toISOString();
    for (let i = 0; i < items.length; i += CHUNK) {
      const rows: InsertOf<typeof resolutionTable>[] = [];
      const texts = new Map<string, string>();
      for (const item of items.slice(i, i + CHUNK)) {
        const f = resolutionRegisterInput.parse(item);
        let council = councils.get(f.councilId);
        if (!council) {
          const found = await getCouncilRow(tx, f.councilId);
          if (!found) throw new AppError('validation', resolutionMessages.councilNotFound);
          councils.set(f.councilId, (council = found));
        }
        const id = newId();
        texts.set(id, f.text);
        rows.push({
          id,
          officeId: office.id,
          councilId: f.councilId,
          councilResolutionNumber: f.councilResolutionNumber,
          numberKey: searchKey(f.councilResolutionNumber).replace(/\s+/g, ''),
          councilSessionNumber: f.councilSessionNumber,
          councilSessionDate: f.councilSessionDate,
          approvalDate: f.approvalDate,
          approvalYear: jalaliYear(f.approvalDate),
          receiptDate: f.receiptDate,
          receiptYear: jalaliYear(f.receiptDate),
          incomingNumber: f.incomingNumber,
          incomingKey: searchKey(f.incomingNumber).replace(/\s+/g, ''),
          title: f.title,
          category: f.category,
          status: 'received',
          supersedesId: null,
          ...receiptClock(f.receiptDate, policy, core.clock()),
          // loading records is not registering them: lateness is a fact of a registration act
          registeredLate: 0,
          createdBy: actor.id,
          rev: 1,
          createdAt: now,
          updatedAt: now,
        });
      }
      // One statement per 100 rows (2,300 parameters, far under SQLite's limit): each statement
      // is a round trip to the driver's thread, which is most of the cost of a row.
      for (let j = 0; j < rows.length; j += 100)
        await tx.getRepository(ResolutionEntity).insert(rows.slice(j, j + 100));
      for (let j = 0; j < rows.length; j += 400) {
        const part = rows.slice(j, j + 400).map((r) => ({ resolutionId: r.id, text: texts.get(r.id)! }));
        await tx.getRepository(ResolutionBodyEntity).insert(part);
      }
      const ids: { id: string; rowNo: number }[] = await tx.query(
        `SELECT id, row_no AS rowNo FROM resolution WHERE id IN (${rows.map(() => '?').join(',')})`,
        rows.map((r) => r.id),
      );
      const rowNo = new Map(ids.map((x) => [x.id, x.rowNo]));
      await indexResolutions(
        tx,
        rows.map((r) => ({
          rowNo: rowNo.get(r.id)!,
          doc: resolutionDocument({ ...r, text: texts.get(r.id)! }, councils.get(r.councilId)!),
        })),
      );
      await writeResolutionSortKeys(
        tx,
        resolutionSortRows(
          rows.map((r) => ({ rowNo: rowNo.get(r.id)!, number: r.councilResolutionNumber, incoming: r.incomingNumber })),
        ),
      );
    }
    return items.length;
  });
  // a large load changes the data's shape: refresh the planner's statistics
  await core.db.write((tx) => tx.query('ANALYZE'));
  return n;
}
