import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, Output } from '../../../shared/contract';
import { ApiCallError, call, type CallableMethod } from './client';

export interface CallState<T> {
  data: T | undefined;
  error: ApiCallError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads a read method and reloads when the input changes (compared as JSON). A late answer for an old
 * input is dropped, so quick filter changes never show stale numbers.
 */
export const useCall = <M extends CallableMethod>(method: M, input: Input<M> | null): CallState<Output<M>> => {
  const [data, setData] = useState<Output<M>>();
  const [error, setError] = useState<ApiCallError>();
  const [loading, setLoading] = useState(input !== null);
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);
  const key = JSON.stringify(input);

  useEffect(() => {
    if (key === 'null') return;
    const ticket = ++latest.current;
    setLoading(true);
    call(method, JSON.parse(key) as Input<M>)
      .then((value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (ticket !== latest.current) return;
        setError(e instanceof ApiCallError ? e : new ApiCallError({ code: 'INTERNAL', reason: 'internal_error', message: String(e) }));
      })
      .finally(() => {
        if (ticket === latest.current) setLoading(false);
      });
  }, [method, key, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data, error, loading, reload };
};
