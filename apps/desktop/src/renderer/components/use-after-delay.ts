// A state that turns true only once `on` has stayed true for `ms`: for a busy
// indicator that shows for slow work and never flashes for quick work.
import { useEffect, useState } from 'react';

/**
 * Whether `on` has been true for at least `ms` milliseconds without a break.
 *
 * @example
 * const slow = useAfterDelay(searching, 300); // a spinner only for a search past 300 ms
 */
export function useAfterDelay(on: boolean, ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!on) {
      setLate(false);
      return;
    }
    const timer = setTimeout(() => setLate(true), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return on && late;
}
