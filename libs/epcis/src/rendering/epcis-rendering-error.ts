/** A stored event that cannot be rendered as EPCIS: master data missing, a correction naming an unknown event... */
export class EpcisRenderingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EpcisRenderingError';
  }
}
