// cephes ships types, but its package.json "exports" hide them from NodeNext resolution.
declare module 'cephes' {
  const cephes: {
    compiled: Promise<void>;
    hyp2f1(a: number, b: number, c: number, x: number): number;
  };
  export default cephes;
}
