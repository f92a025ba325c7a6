/**
 * The card and the enforcement banner, injected by the background into a page only once the page is
 * known to report platform enforcement: Preact and the card components never load on other pages.
 */
import { render } from 'preact';
import { Overlay, type OverlayProps } from '../components/Overlay';
import { registerOverlayUi } from '../components/overlay-ui';

export default defineUnlistedScript(() => {
  registerOverlayUi({
    mount(container, props) {
      const paint = (p: OverlayProps) => render(<Overlay {...p} />, container);
      paint(props);
      return { update: paint, unmount: () => render(null, container) };
    },
  });
});
