// Placeholder library entry; replaced by the real API.
export {};
