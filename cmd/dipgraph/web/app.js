// dipgraph's browser view: plain JavaScript over the read-only JSON API of
// `dipgraph serve`. Every string from the store is put in the page as text,
// never as markup.
"use strict";

const PAGE = 300; // events fetched per request: a busy actor's timeline is loaded page by page
const MAX_COUNTERPARTS = 40; // nodes drawn around the focus
const COLORS = { meeting: "#1f6fb4", visit: "#2e8b3e", gathering: "#c8372d", statement: "#7b4fa6", agreement: "#d9822b" };
const TYPES = Object.keys(COLORS);
const SVG = "http://www.w3.org/2000/svg";

const $ = (id) => document.getElementById(id);

// state of the view: the actor in focus (as asked for, and its IRI and
// name as its events hold them), its events loaded so far, their number and
// the next page. The API names every actor as a reference {iri, name}.
const state = { query: "", focus: { iri: "", name: "" }, events: [], total: 0, next: null, selected: "" };

// nameOf is an actor reference's name ("" for null).
const nameOf = (r) => (r ? r.name : "");

// el makes an element with attributes and children (strings become text).
function el(tag, attrs, ...children) {
  const e = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== undefined && c !== null && c !== "") e.append(c);
  }
  return e;
}

// ApiError carries the server's message, status and candidate actors.
class ApiError extends Error {
  constructor(body, status) {
    super(body.error || "HTTP " + status);
    this.status = status;
    this.candidates = body.candidates || [];
  }
}

// api fetches an endpoint and returns its JSON and the paging headers.
async function api(path) {
  const resp = await fetch(path, { headers: { Accept: "application/json" } });
  let body;
  try {
    body = await resp.json();
  } catch (e) {
    body = { error: resp.statusText };
  }
  if (!resp.ok) throw new ApiError(body, resp.status);
  const next = resp.headers.get("X-Next-Offset");
  return { body, total: Number(resp.headers.get("X-Total-Count") || 0), next: next === null ? null : Number(next) };
}

function showMessage(text, candidates) {
  const m = $("message");
  m.replaceChildren(text);
  for (const c of candidates || []) {
    m.append(" ", el("button", { type: "button", onclick: () => focusOn(c.iri) }, c.name + (c.role ? " (" + c.role + ")" : "")));
  }
  m.hidden = false;
}

function clearMessage() {
  $("message").hidden = true;
}

// search lists the actors whose name holds the text typed.
async function search(text) {
  const list = $("results");
  if (text.trim().length < 2) {
    list.hidden = true;
    return [];
  }
  const { body } = await api("/api/actors?limit=20&q=" + encodeURIComponent(text.trim()));
  list.replaceChildren(...body.map((a) => el("li", {},
    el("button", { type: "button", onclick: () => focusOn(a.iri) }, a.name, " ",
      el("span", { class: "kind" }, [a.kind, a.role, nameOf(a.country)].filter(Boolean).join(", "))))));
  list.hidden = body.length === 0;
  return body;
}

// submitSearch focuses on the actor typed: the one match of a search, else
// the name as typed (the server resolves surnames, aliases and codes).
async function submitSearch(text) {
  text = text.trim();
  if (!text) return;
  let found = [];
  try {
    found = await search(text);
  } catch (e) {
    showMessage(e.message);
    return;
  }
  const exact = found.find((a) => a.name.toLowerCase() === text.toLowerCase() ||
    (a.aliases || []).some((x) => x.toLowerCase() === text.toLowerCase()));
  const one = exact || (found.length === 1 ? found[0] : null);
  await focusOn(one ? one.iri : text);
}

// focusOn shows an actor: its timeline and its counterparts. query is what
// the server resolves (an IRI, a name, a surname).
async function focusOn(query) {
  clearMessage();
  $("results").hidden = true;
  let page;
  try {
    page = await api("/api/timeline?limit=" + PAGE + "&actor=" + encodeURIComponent(query));
  } catch (e) {
    showMessage(e.message, e.candidates);
    return;
  }
  Object.assign(state, { query, focus: focusIn(page.body, query), events: page.body, total: page.total, next: page.next, selected: "" });
  $("search").value = state.focus.name;
  const url = new URL(location.href);
  url.searchParams.delete("q");
  url.searchParams.set("actor", query);
  history.replaceState(null, "", url);
  $("detail").hidden = true;
  $("view").hidden = false;
  render();
}

// focusIn returns the reference to the actor asked for as query in its
// timeline's events: the one whose IRI or name is query, else the actor
// most of them name (every event of a timeline names its actor).
function focusIn(events, query) {
  const count = new Map();
  for (const e of events) {
    for (const a of uniqueActors(e)) {
      if (a.iri === query || a.name === query) return a;
      const c = count.get(a.iri) || { ref: a, n: 0 };
      c.n++;
      count.set(a.iri, c);
    }
  }
  if (count.size === 0) return { iri: query, name: query };
  return [...count.values()].sort((a, b) => b.n - a.n)[0].ref;
}

async function loadMore() {
  if (state.next === null) return;
  try {
    const page = await api("/api/timeline?limit=" + PAGE + "&offset=" + state.next + "&actor=" + encodeURIComponent(state.query));
    state.events = state.events.concat(page.body);
    state.next = page.next;
  } catch (e) {
    showMessage(e.message);
  }
  render();
}

// actorsOf lists every actor an event names, in its roles, as references.
function actorsOf(e) {
  return [...(e.participants || []), e.visitor, e.host, ...(e.attendees || []), ...(e.remote || [])].filter(Boolean);
}

// uniqueActors is actorsOf without repeats (by IRI).
function uniqueActors(e) {
  const seen = new Map();
  for (const a of actorsOf(e)) seen.set(a.iri, a);
  return [...seen.values()];
}

function summary(e) {
  const others = (xs) => (xs || []).filter((x) => x.iri !== state.focus.iri).map(nameOf);
  switch (e.type) {
    case "meeting": {
      const how = e.mode === "telephone" || e.mode === "video" ? e.mode + " call" : "meeting";
      return how + " with " + (others(e.participants).join(", ") || "?");
    }
    case "visit":
      return (nameOf(e.visitor) || "?") + " visits " + (nameOf(e.host) || "?");
    case "gathering":
      return (e.name || "gathering") + (e.host ? ", hosted by " + nameOf(e.host) : "") +
        (e.attendees && e.attendees.length ? " (" + e.attendees.length + " attendees)" : "");
    default:
      return e.type + " of " + (e.participants || []).map(nameOf).join(", ");
  }
}

function render() {
  $("focus-name").textContent = state.focus.name;
  $("focus-count").textContent = state.total === state.events.length
    ? state.total + " events"
    : state.events.length + " of " + state.total + " events loaded";
  $("legend").replaceChildren(...TYPES.map((t) => el("span", {}, el("i", { class: "badge type-" + t }), t)),
    el("span", { class: "muted" }, "hollow: planned; faded: cancelled"));
  $("more").hidden = state.next === null;
  renderStrip();
  renderEvents();
  renderNetwork();
}

// dateOf reads YYYY, YYYY-MM or YYYY-MM-DD as the middle of its period.
function dateOf(s) {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(s);
  if (!m) return null;
  const y = +m[1];
  if (m[3]) return Date.UTC(y, +m[2] - 1, +m[3]);
  if (m[2]) return Date.UTC(y, +m[2] - 1, 15);
  return Date.UTC(y, 6, 1);
}

function renderStrip() {
  const svg = $("strip");
  const width = svg.clientWidth || 800;
  const dated = state.events.map((e) => [e, dateOf(e.date)]).filter(([, t]) => t !== null);
  svg.replaceChildren();
  if (dated.length === 0) return;
  let lo = Math.min(...dated.map(([, t]) => t));
  let hi = Math.max(...dated.map(([, t]) => t));
  if (hi - lo < 864e5 * 30) {
    lo -= 864e5 * 15;
    hi += 864e5 * 15;
  }
  const x = (t) => 20 + ((t - lo) / (hi - lo)) * (width - 40);
  svg.append(el("svg:line", { class: "axis", x1: 10, x2: width - 10, y1: 45, y2: 45 }));
  const first = dated.reduce((a, b) => (b[1] < a[1] ? b : a))[0].date;
  const last = dated.reduce((a, b) => (b[1] > a[1] ? b : a))[0].date;
  svg.append(el("svg:text", { x: 10, y: 14 }, first), el("svg:text", { x: width - 10, y: 14, "text-anchor": "end" }, last));
  const y0 = new Date(lo).getUTCFullYear(), y1 = new Date(hi).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
  for (let y = y0; y <= y1; y += step) {
    const t = Date.UTC(y, 0, 1);
    if (t >= lo && t <= hi) svg.append(el("svg:text", { x: x(t), y: 80, "text-anchor": "middle" }, String(y)));
  }
  dated.forEach(([e, t], i) => {
    const color = COLORS[e.type] || COLORS.meeting;
    const planned = e.status === "planned", cancelled = e.status === "cancelled";
    svg.append(el("svg:circle", {
      cx: x(t), cy: 45 + ((i % 5) - 2) * 7, r: 5,
      fill: planned ? "#fff" : color, stroke: color, "stroke-width": 2,
      opacity: cancelled ? 0.35 : 1, "data-iri": e.iri,
      onclick: () => showEvent(e.iri),
    }, el("svg:title", {}, e.date + " " + e.type + " (" + e.status + "): " + summary(e))));
  });
}

function renderEvents() {
  $("events").replaceChildren(...state.events.map((e) => el("li", {
    class: "ev type-" + e.type + " status-" + e.status + (e.iri === state.selected ? " selected" : ""),
    "data-iri": e.iri, tabindex: 0,
    onclick: () => showEvent(e.iri),
    onkeydown: (k) => { if (k.key === "Enter") showEvent(e.iri); },
  },
  el("span", { class: "date" }, e.date || "undated"),
  el("span", { class: "badge type-" + e.type }, e.type),
  el("span", { class: "status" }, e.status), " ",
  el("span", { class: "summary" }, summary(e)),
  e.place ? el("span", { class: "muted" }, " in " + nameOf(e.place)) : "",
  e.evidence ? el("q", { class: "evidence" }, e.evidence) : "",
  el("span", { class: "muted" }, (e.sources || []).length + " source" + ((e.sources || []).length === 1 ? "" : "s")))));
}

// renderNetwork draws the focus and its counterparts in the loaded events,
// each sized by the number of events they share, on a circle around it.
function renderNetwork() {
  const count = new Map(); // by IRI: the reference and the events shared
  for (const e of state.events) {
    for (const a of uniqueActors(e)) {
      if (a.iri === state.focus.iri) continue;
      const c = count.get(a.iri) || { ref: a, n: 0 };
      c.n++;
      count.set(a.iri, c);
    }
  }
  const top = [...count.values()].sort((a, b) => b.n - a.n || a.ref.name.localeCompare(b.ref.name)).slice(0, MAX_COUNTERPARTS);
  $("network-note").textContent = count.size === 0 ? "No counterparts in the events loaded." :
    top.length + " of " + count.size + " counterparts in " + state.events.length + " events; a node's size is the number of events shared. Click one to move the focus.";
  const svg = $("network");
  svg.replaceChildren();
  const max = top.length ? top[0].n : 1;
  const cx = 300, cy = 300, ring = 215;
  // the largest node fits its share of the ring, so that nodes never overlap
  const rmax = Math.min(22, (0.9 * Math.PI * ring) / Math.max(top.length, 1));
  const nodes = top.map(({ ref, n }, i) => {
    const a = (2 * Math.PI * i) / Math.max(top.length, 1) - Math.PI / 2;
    return { ref, name: ref.name, n, x: cx + ring * Math.cos(a), y: cy + ring * Math.sin(a), r: 3 + (rmax - 3) * Math.sqrt(n / max), a };
  });
  for (const d of nodes) {
    svg.append(el("svg:line", { x1: cx, y1: cy, x2: d.x, y2: d.y, "stroke-width": 1 + (3 * d.n) / max }));
  }
  for (const d of nodes) {
    const right = Math.cos(d.a) >= 0;
    svg.append(el("svg:g", { class: "node", "data-name": d.name, "data-iri": d.ref.iri, onclick: () => focusOn(d.ref.iri) },
      el("svg:circle", { cx: d.x, cy: d.y, r: d.r, fill: COLORS.meeting }, el("svg:title", {}, d.name + ": " + d.n + " events")),
      el("svg:text", { x: d.x + (right ? d.r + 3 : -d.r - 3), y: d.y + 4, "text-anchor": right ? "start" : "end" }, d.name)));
  }
  svg.append(el("svg:g", { class: "focus" }, el("svg:circle", { cx, cy, r: 24 }),
    el("svg:text", { x: cx, y: cy + 40, "text-anchor": "middle" }, state.focus.name)));
}

// showEvent shows one event with its evidence and source articles; a
// gathering with its host and attendees, each a button that moves the focus.
async function showEvent(iri) {
  state.selected = iri;
  for (const li of document.querySelectorAll("#events .ev")) li.classList.toggle("selected", li.dataset.iri === iri);
  let e;
  try {
    e = (await api("/api/events/" + encodeURIComponent(iri))).body;
  } catch (err) {
    showMessage(err.message);
    return;
  }
  const actors = (label, xs) => xs && xs.length
    ? [el("dt", {}, label), el("dd", {}, ...xs.map((x) => el("button", { type: "button", class: "actor", onclick: () => focusOn(x.iri) }, x.name)))]
    : [];
  const row = (label, v) => (v ? [el("dt", {}, label), el("dd", {}, v)] : []);
  const d = $("detail");
  d.replaceChildren(
    el("h2", {}, e.name || summary(e)),
    el("dl", {},
      row("date", e.date + (e.end_date ? " to " + e.end_date : "")),
      row("type", e.type + (e.mode ? " (" + e.mode + ")" : "")),
      row("status", e.status),
      row("place", nameOf(e.place)),
      row("on the sidelines of", nameOf(e.sidelines)),
      row("reported by", nameOf(e.reported_by)),
      actors("participants", e.participants),
      actors("visitor", e.visitor ? [e.visitor] : []),
      actors("host", e.host ? [e.host] : []),
      actors("attendees", e.attendees),
      actors("online", e.remote),
      actors("absent", e.absent),
      row("topics", (e.topics || []).join(", ")),
      row("confidence", e.confidence ? String(e.confidence) : ""),
      row("IRI", e.iri)),
    el("h3", {}, "Evidence"),
    e.evidence ? el("blockquote", { class: "evidence" }, e.evidence) : el("p", { class: "muted" }, "no sentence kept"),
    el("h3", {}, "Sources"),
    el("ul", { class: "sources" }, ...(e.articles || []).map((a) => el("li", {},
      a.url && /^https?:\/\//.test(a.url) ? el("a", { href: a.url, target: "_blank", rel: "noopener noreferrer" }, a.title || a.id) : (a.title || a.id),
      el("span", { class: "muted" }, " " + [a.id, a.source, a.published].filter(Boolean).join(" · "))))));
  d.hidden = false;
  d.scrollIntoView({ block: "nearest" });
}

async function showStats() {
  try {
    const { body } = await api("/api/stats");
    $("stats").textContent = body.events + " events, " + body.actors + " actors, " + body.articles + " articles";
  } catch (e) {
    showMessage(e.message);
  }
}

function start() {
  let timer;
  $("search").addEventListener("input", (ev) => {
    clearTimeout(timer);
    timer = setTimeout(() => search(ev.target.value).catch((e) => showMessage(e.message)), 200);
  });
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    clearTimeout(timer); // a search still waiting would open the list again over the focus
    submitSearch($("search").value);
  });
  $("more").addEventListener("click", loadMore);
  // The server has kept a token given in the address as a cookie: take it
  // out of the address bar and the history.
  const here = new URL(location.href);
  if (here.searchParams.has("token")) {
    here.searchParams.delete("token");
    history.replaceState(null, "", here);
  }
  showStats();
  const params = new URL(location.href).searchParams;
  if (params.get("actor")) focusOn(params.get("actor"));
  else if (params.get("q")) submitSearch(params.get("q"));
}

start();
