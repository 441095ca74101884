/** The link to the view in the store now, built from the state rather than read from the address bar (which lags by the URL throttle). */
import type { TielineState } from '../store/createTielineStore';
import { viewStateOf } from './storeView';
import { writeViewState } from './viewStateCodec';

/** `location` is the page's address (its other parameters, e.g. `data=`, are kept); embed and hash are left out. */
export function linkFor(location: { origin: string; pathname: string; search: string }, state: TielineState): string {
  return `${location.origin}${location.pathname}${writeViewState(location.search, viewStateOf(state))}`;
}
