/** A plain-text mail; links inside are the only personal-ish data and are never logged in production. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Call after the transaction that caused the mail has committed: a rolled-back invitation sends nothing. */
  send(mail: Mail): Promise<void>;
}
