// The studio's JSON API (docs/studio.md), as the page calls it.
//
// Every /api request carries `Authorization: Bearer TOKEN` when the page was opened with
// `#token=TOKEN` in its address (the server prints such an address when it needs one).

function tokenFromHash() {
  const hash = window.location.hash.replace(/^#/, '');
  for (const part of hash.split('&')) {
    const [key, value] = part.split('=');
    if (key === 'token' && value) return decodeURIComponent(value);
  }
  return null;
}

const token = tokenFromHash();

// An answer other than 2xx, with the server's message and diagnostics when it sent them.
export class ApiError extends Error {
  constructor(status, message, diagnostics) {
    super(message);
    this.status = status;
    this.diagnostics = diagnostics || [];
  }
}

function headers(json) {
  const h = {};
  if (json) h['Content-Type'] = 'application/json';
  if (token) h['Authorization'] = 'Bearer ' + token;
  return h;
}

async function failure(response) {
  let message = `${response.status} ${response.statusText}`.trim();
  let diagnostics = [];
  try {
    const body = await response.json();
    if (body && body.error) {
      if (typeof body.error.message === 'string') message = body.error.message;
      if (Array.isArray(body.error.diagnostics)) diagnostics = body.error.diagnostics;
    }
  } catch (e) {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, message, diagnostics);
}

async function request(method, path, body, signal, as = 'json') {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: 'no-store',
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'the studio server does not answer (is `redline studio` still running?)');
  }
  if (!response.ok) throw await failure(response);
  return as === 'blob' ? response.blob() : response.json();
}

export const api = {
  policy: (signal) => request('GET', '/api/policy', undefined, signal),
  check: (text, name, signal) => request('POST', '/api/check', { text, name }, signal),
  diff: (amendments, asOf, signal, maxChanges) => request('POST', '/api/diff',
    maxChanges === undefined ? { amendments, as_of: asOf } : { amendments, as_of: asOf, max_changes: maxChanges }, signal),
  explain: (amendments, asOf, id, output, signal) =>
    request('POST', '/api/explain', { amendments, as_of: asOf, id, output }, signal),
  save: (name, text) => request('POST', '/api/save', { name, text }),
  report: (amendments, asOf) => request('POST', '/api/report', { amendments, as_of: asOf }, undefined, 'blob'),
};
