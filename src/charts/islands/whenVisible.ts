/**
 * Calls `load` once, the first time any element matching `selector` comes within 200 px of
 * the viewport, then `enhance` on each such element as it arrives. Charts far down a post
 * cost no JavaScript until the reader gets there. Without IntersectionObserver (very old
 * browsers) nothing loads and the charts stay static, which they are designed to be.
 */
export function whenVisible(selector: string, load: () => Promise<{ enhance(element: Element): void }>): void {
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0 || !("IntersectionObserver" in window)) return;
  let module: Promise<{ enhance(element: Element): void }> | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        module ??= load();
        module.then((m) => m.enhance(entry.target)).catch(() => {
          // A failed chunk load leaves the static chart, which is complete on its own.
        });
      }
    },
    { rootMargin: "200px" },
  );
  for (const element of elements) observer.observe(element);
}
