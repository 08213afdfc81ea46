/**
 * `array[index] += amount` for the report's typed arrays. Their inner loops index within bounds
 * they set themselves, but an index read is typed as possibly undefined (noUncheckedIndexedAccess);
 * this says so once, instead of an assertion at every sum.
 */
export function addAt(array: Float64Array | Uint32Array, index: number, amount: number): void {
  array[index] = (array[index] ?? 0) + amount;
}
