import { useMediaQuery } from '../../graph-view/screenQueries';

/** The phone breakpoint the stylesheets use too. */
const NARROW = '(max-width: 720px)';

/** True on a phone-sized screen; follows rotation and window resizing. */
export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW);
}
