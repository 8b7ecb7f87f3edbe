// Talking to the workspace server: same origin, the session cookie, and the CSRF token on every change.
const csrf = document.querySelector('meta[name="csrf"]').content;

export class ApiError extends Error {
  constructor(status, body) {
    super(body.error || `request failed (${status})`);
    this.status = status;
    this.hint = body.hint || '';
  }
}

async function answer(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function get(path) {
  return answer(await fetch(path, { credentials: 'same-origin', cache: 'no-store' }));
}

export async function post(path, data = {}) {
  return answer(await fetch(path, {
    method: 'POST', credentials: 'same-origin', cache: 'no-store',
    headers: { 'Content-Type': 'application/json', 'X-Intake-CSRF': csrf },
    body: JSON.stringify(data),
  }));
}
