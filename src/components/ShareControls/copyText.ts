/** Puts text on the clipboard; false when the Clipboard API is missing or refused (the caller shows a field to copy from). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
