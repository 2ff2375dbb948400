/**
 * Entry of the prerendered vendor popups: the summary is already in the HTML,
 * so the interactive popup is loaded only after the first frame is painted,
 * never in the way of it (Chromium paints a popup once its page has loaded
 * and the main thread is free).
 */
const afterFirstFrame = () => requestAnimationFrame(() => setTimeout(() => void import('./main.tsx'), 0));

if (document.readyState === 'complete') afterFirstFrame();
else addEventListener('load', afterFirstFrame, { once: true });
