import { useEffect, useState } from 'react';

/** The phone breakpoint the stylesheets use too. */
const NARROW = '(max-width: 720px)';

/** True on a phone-sized screen; follows rotation and window resizing. */
export function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(() => typeof matchMedia === 'function' && matchMedia(NARROW).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(NARROW);
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow;
}
