/**
 * Joins each feature's declarations (contract methods, or backend handlers) into one object by method name.
 * A plain spread would let a second `users.list` silently replace the first; this throws at startup instead, and
 * also refuses a method outside its feature's prefix (`orders.create` registered under `cases`), so the method
 * prefix, the contract file and the handlers folder keep one name per feature.
 */
type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

export type MergedFeatures<T extends Record<string, object>> = UnionToIntersection<T[keyof T]>;

export const mergeFeatures = <const T extends Record<string, object>>(what: string, features: T): MergedFeatures<T> => {
  const merged: Record<string, unknown> = {};
  const declaredBy = new Map<string, string>();
  for (const [feature, methods] of Object.entries(features)) {
    for (const [method, value] of Object.entries(methods)) {
      const earlier = declaredBy.get(method);
      if (earlier !== undefined) throw new Error(`${what}: "${method}" is registered twice, by ${earlier} and by ${feature}.`);
      if (!method.startsWith(`${feature}.`)) {
        throw new Error(
          `${what}: "${method}" is registered by feature ${feature}; a method is named <feature>.<verb> after the feature that owns it.`,
        );
      }
      declaredBy.set(method, feature);
      merged[method] = value;
    }
  }
  return merged as MergedFeatures<T>;
};
