/** A lot code: printable ASCII letters, digits and . _ / - (no spaces), so its Code 128 label scans back as itself. */
export const lotCodePattern = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
