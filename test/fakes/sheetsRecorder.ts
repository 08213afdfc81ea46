/** The Sheets fake's call log: every method call on a fake Apps Script object, in order. */
export type Call = { member: string; args: unknown[] };

export type Recorded = <T extends object>(className: string, target: T) => T;

/**
 * Wraps objects so every method call is logged as "Class.method" and a member the fake does not
 * have throws. Reading a constant (an enum such as ProtectionType) is not a call: it makes no
 * round trip in Apps Script either.
 */
export function recorder(calls: Call[], fault: (call: Call) => Error | undefined = () => undefined): Recorded {
  return (className, target) =>
    new Proxy(target, {
      get(object, key) {
        if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return Reflect.get(object, key);
        if (!(key in object)) {
          calls.push({ member: `${className}.${key} (missing)`, args: [] });
          throw new TypeError(`${className}.${key} is not provided by the Sheets fake.`);
        }
        const value = Reflect.get(object, key);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const call = { member: `${className}.${key}`, args };
          calls.push(call);
          // A test's way to make a call fail, as any Apps Script call can.
          const failure = fault(call);
          if (failure) throw failure;
          return value.apply(object, args);
        };
      },
    });
}
