// What the council portal's API answers (src-server/councils).
export interface CouncilMe {
  account: { id: string; username: string; fullName: string; councilName: string; officeName: string };
  csrf: string;
}

export interface Submission {
  id: string;
  receiptNumber: string;
  receivedAt: string;
  receiptDate: string;
  state: 'received' | 'registered';
  registered: { incomingNumber: string; receiptDate: string; status: string; statusLabel: string } | null;
  record: {
    councilResolutionNumber: string;
    councilSessionNumber: string;
    councilSessionDate: string;
    approvalDate: string;
    title: string;
    text: string;
    category: string;
    pdfSha256: string;
    pdfName: string;
    submittedBy: string;
  };
}

// the server's own type: the portal shows what the route answers, field for field
export type { PortalLetter } from '../../src-server/councils/letters';
