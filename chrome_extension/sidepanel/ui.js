// Small shared pieces of the side panel: the notice line, busy buttons, and clearing a container.
import { ApiError } from "../lib/api.js";

/** Show one readable line at the top of the panel (an error unless kind is "info"). */
export function notify(message, kind = "error") {
  const notice = document.getElementById("notice");
  notice.textContent = message;
  notice.className = kind === "info" ? "notice info" : "notice";
  notice.hidden = !message;
}

/** Hide the notice line. */
export function clearNotice() {
  notify("");
}

/** Return the sentence to show for a failure (API errors already carry one). */
export function describe(error) {
  if (error instanceof ApiError) return error.message;
  return error && error.message ? error.message : String(error);
}

/** Run an action with its button disabled, showing any failure in the notice line. */
export async function busy(button, action) {
  button.disabled = true;
  clearNotice();
  try {
    return await action();
  } catch (error) {
    notify(describe(error));
    return undefined;
  } finally {
    button.disabled = false;
  }
}

/** Replace a container's content with the given nodes. */
export function show(container, ...nodes) {
  container.replaceChildren(...nodes.filter(Boolean));
}
