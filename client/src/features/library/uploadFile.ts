/** What POST /files/library answers: a receipt to pass as `uploadId`, or a typed refusal. */
export type UploadResult = { ok: true; id: string } | { ok: false; code: string };

/** Sends one file to the library's upload route (the header shows it comes from this client, not a foreign form). */
export async function uploadFile(file: File): Promise<UploadResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    const response = await fetch('/files/library', {
      method: 'POST',
      body,
      headers: { 'x-strom-upload': '1' },
      credentials: 'same-origin',
    });
    const answer = (await response.json()) as { id?: string; error?: { code?: string } };
    if (response.ok && answer.id) return { ok: true, id: answer.id };
    return { ok: false, code: answer.error?.code ?? 'upload' };
  } catch {
    return { ok: false, code: 'upload' };
  }
}
