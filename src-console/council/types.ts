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

export interface PortalLetter {
  id: string;
  kind: string;
  kindLabel: string;
  number: string;
  letterDate: string;
  subject: string;
  voided: boolean;
  postedAt: string;
  openedAt: string | null;
  deemedAt: string;
  deliveredAt: string | null;
  resolution: { id: string; incomingNumber: string; title: string; status: string; statusLabel: string } | null;
  window: { deadline: string; endsAt: string; open: boolean; reason: string | null } | null;
  answer: { answer: string; receiptNumber: string; answeredAt: string } | null;
}
