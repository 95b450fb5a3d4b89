export * from './qr/qr-code';
export * from './svg/qr-svg';
export * from './png/qr-png';
export * from './digital-link/digital-link';
export * from './label-sheet/draw-label';
export * from './label-sheet/label-layout';
export * from './label-sheet/label-sheet';
