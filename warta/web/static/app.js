// warta's web UI: one page, routes in the URL hash, every text put in with textContent (never as HTML).
"use strict";

const view = document.getElementById("view");
const LABELS = ["PER", "ORG", "GPE", "LOC", "FAC", "EVT", "NOR"];
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
  "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT"];
const MODALITIES = ["asserted", "planned", "reported", "requested", "hypothetical", "negated"];
const SVG = "http://www.w3.org/2000/svg";

// -- small helpers ----------------------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "on") for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function show(...nodes) { view.replaceChildren(...nodes); }
function failure(error) { show(el("p", { class: "error", text: error.message || String(error) })); }
function entityHref(key) { return "#/entity/" + encodeURIComponent(key); }
function chip(text, cls) { return el("span", { class: "chip " + (cls || ""), text }); }
function day(value) { return value ? String(value).slice(0, 10) : ""; }

function params(form) {
  const out = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (String(value).trim()) out.set(key, String(value).trim());
  return out;
}

function filterForm(fields, values, onSubmit) {
  const form = el("form", { class: "filters panel" });
  for (const [name, label, options] of fields) {
    const input = options
      ? el("select", { name }, el("option", { value: "", text: "any" }),
          options.map((o) => el("option", { value: o, text: o, selected: values.get(name) === o })))
      : el("input", { name, value: values.get(name) || "", placeholder: name === "since" || name === "until" ? "YYYY-MM-DD" : "" });
    form.append(el("label", {}, label, input));
  }
  form.append(el("button", { type: "submit", text: "Apply" }));
  form.addEventListener("submit", (e) => { e.preventDefault(); onSubmit(params(form)); });
  return form;
}

function table(columns, rows) {
  return el("table", {},
    el("thead", {}, el("tr", {}, columns.map(([title]) => el("th", { text: title })))),
    el("tbody", {}, rows.map((row) => el("tr", {}, columns.map(([, cell]) => el("td", {}, cell(row)))))));
}

// -- annotated article ------------------------------------------------------------------------------------

function annotated(doc, corpusIds = {}) {
  // Cut each paragraph at every annotation boundary; each piece knows which annotations cover it.
  const marks = [];
  doc.mentions.forEach((m) => marks.push({ kind: "ent", start: m.start, end: m.end, m }));
  doc.quotes.forEach((q, i) => marks.push({ kind: "quote", start: q.start, end: q.end, q, i }));
  doc.times.forEach((t) => marks.push({ kind: "time", start: t.start, end: t.end, t }));
  doc.events.forEach((e, i) => { if (e.evidence) marks.push({ kind: "ev", start: e.evidence.start, end: e.evidence.end, i }); });
  const entities = Object.fromEntries(doc.entities.map((e) => [e.id, e]));
  const box = el("div", { class: "article-text" });
  for (const p of doc.paragraphs) {
    const cuts = new Set([p.start, p.end]);
    for (const m of marks) if (m.end > p.start && m.start < p.end) { cuts.add(Math.max(m.start, p.start)); cuts.add(Math.min(m.end, p.end)); }
    const points = [...cuts].sort((a, b) => a - b);
    const para = el("p", { class: p.role });
    for (let k = 0; k + 1 < points.length; k++) {
      const [a, b] = [points[k], points[k + 1]];
      const covering = marks.filter((m) => m.start <= a && m.end >= b);
      let node = document.createTextNode(doc.text.slice(a, b));
      const time = covering.find((m) => m.kind === "time");
      if (time) node = el("span", { class: "time", title: `${time.t.type} ${time.t.value || ""}${time.t.mod ? " " + time.t.mod : ""}` }, node);
      const mention = covering.find((m) => m.kind === "ent");
      if (mention) {
        const entity = entities[mention.m.entity] || {};
        const label = LABELS.includes(mention.m.label) ? mention.m.label : "other";
        const key = corpusIds[mention.m.entity] || entity.name || mention.m.text;
        node = el("a", { class: `ent ent-${label}`, href: entityHref(key),
          title: `${mention.m.label}: ${entity.name || mention.m.text}${entity.kb ? " (" + entity.kb + ")" : ""}` }, node);
      }
      const quote = covering.find((m) => m.kind === "quote");
      const events = covering.filter((m) => m.kind === "ev").map((m) => m.i);
      if (quote || events.length) {
        node = el("span", { class: quote ? "quote" : "", "data-events": events.join(" ") || null,
          title: quote ? `${quote.q.kind} quote — ${quote.q.speaker ? quote.q.speaker.text : "speaker unknown"}` : null }, node);
      }
      para.append(node);
    }
    box.append(para);
  }
  return box;
}

function highlight(index) {
  for (const node of view.querySelectorAll(".hl")) node.classList.remove("hl");
  for (const node of view.querySelectorAll("[data-events]")) {
    if (node.dataset.events.split(" ").includes(String(index))) node.classList.add("hl");
  }
}

function actor(a) {
  if (!a) return "—";
  return [a.text || a.name || "", a.country ? ` (${a.country}${a.sector ? "/" + a.sector : ""})` : ""].join("");
}

function articleView(doc, links = {}) {
  const ids = links.entities || {};
  const legend = el("div", { class: "legend small" }, LABELS.map((l) => el("span", { class: `ent ent-${l}`, text: l })),
    el("span", { class: "quote", text: "quote" }), el("span", { class: "time", text: "time" }));
  const meta = el("p", { class: "muted" }, [doc.outlet, doc.dateline, doc.published].filter(Boolean).join(" · "),
    doc.url ? [" · ", el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank", text: "source" })] : null);
  const side = el("div", {},
    el("div", { class: "panel" }, el("h2", { text: `Events (${doc.events.length})` }),
      el("ol", { class: "events-list small" }, doc.events.map((e, i) => el("li", { on: { click: () => highlight(i) } },
        el("strong", { text: e.type }), e.mode ? ` (${e.mode}) ` : " ", chip(e.modality, "modality-" + e.modality), el("br"),
        `${actor(e.source)} → ${actor(e.target)}`,
        e.location ? ` · ${e.location.name}` : "", e.time ? ` · ${e.time.value}${e.time.assumed ? " (publication date)" : ""}` : "",
        e.attributed_to ? el("div", { class: "muted", text: "according to " + (e.attributed_to.text || e.attributed_to) }) : null)))),
    el("div", { class: "panel" }, el("h2", { text: `Quotes (${doc.quotes.length})` }),
      doc.quotes.map((q) => el("div", { class: "list-item small" }, el("q", { text: q.text }), " — ",
        q.speaker ? el("a", { href: entityHref(ids[q.speaker.entity] || q.speaker.text), text: q.speaker.text }) : "unknown"))),
    el("div", { class: "panel" }, el("h2", { text: `Times (${doc.times.length})` }),
      doc.times.map((t) => el("div", { class: "small" }, el("span", { class: "time", text: t.text }), " → ", t.value || "?"))));
  const extra = [];
  if (links.story) extra.push(el("p", {}, "Story: ", el("a", { href: `#/story/${links.story.id}`, text: links.story.title || `story ${links.story.id}` }),
    ` (${links.story.articles} article${links.story.articles === 1 ? "" : "s"})`));
  if (links.copies && links.copies.length) extra.push(el("p", {}, "Copies: ", links.copies.map((c, i) =>
    [i ? ", " : "", el("a", { href: `#/article/${c.id}`, text: c.outlet || c.id })])));
  return el("div", { class: "layout" },
    el("div", { class: "panel" }, el("h1", { text: doc.headline || "(no headline)" }), meta, ...extra, legend, annotated(doc, ids)),
    side);
}

// -- pages ------------------------------------------------------------------------------------------------

function analyzePage() {
  const input = el("textarea", { id: "article-input", placeholder: "Paste an Indonesian news article (text or HTML)…" });
  const file = el("input", { type: "file", accept: ".txt,.html,.htm", on: { change: async () => { input.value = await file.files[0].text(); } } });
  const out = el("div", { id: "analysis" });
  const run = async () => {
    out.replaceChildren(el("p", { class: "muted", text: "Analysing…" }));
    try {
      const doc = await api("/api/analyze", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: input.value });
      out.replaceChildren(articleView(doc));
    } catch (error) { out.replaceChildren(el("p", { class: "error", text: error.message })); }
  };
  show(el("div", { class: "panel" }, el("h1", { text: "Analyse an article" }),
    el("p", { class: "muted", text: "Paste or upload an article: people, organisations and places, quotes with speakers, dates with their values and events appear in the text." }),
    input, el("p", {}, file, " ", el("button", { id: "analyze-button", on: { click: run }, text: "Analyse" }))), out);
}

async function articlesPage(query) {
  const form = filterForm([["q", "words"], ["outlet", "outlet"], ["since", "since"], ["until", "until"]], query,
    (p) => { location.hash = "#/articles?" + p; });
  const data = await api("/api/articles?" + query);
  show(el("h1", { text: "Articles" }), form,
    data.items.length ? table([
      ["date", (r) => day(r.published)], ["outlet", (r) => r.outlet || ""],
      ["article", (r) => el("a", { href: `#/article/${r.id}`, text: r.headline || (r.lead || r.id).slice(0, 120) })],
      ["copies", (r) => r.copies ? String(r.copies) : ""]], data.items) : el("p", { class: "muted", text: "No articles match." }));
}

async function articlePage(id) {
  const data = await api(`/api/articles/${encodeURIComponent(id)}`);
  show(articleView(data.document, data));
}

function barChart(points, width = 640, height = 160) {
  // mentions over time: one bar per day (per month when the span is long)
  const byMonth = points.length > 60;
  const totals = new Map();
  for (const p of points) { const key = byMonth ? p.day.slice(0, 7) : p.day; totals.set(key, (totals.get(key) || 0) + p.mentions); }
  const keys = [...totals.keys()].sort();
  const max = Math.max(1, ...totals.values());
  const bar = (width - 40) / Math.max(1, keys.length);
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height + 20}`, width: "100%", role: "img", "aria-label": "mentions over time", class: "chart" });
  keys.forEach((key, i) => {
    const h = (totals.get(key) / max) * height;
    svg.append(el("svg:rect", { class: "bar", x: 30 + i * bar, y: height - h, width: Math.max(1, bar - 2), height: h },
      el("svg:title", { text: `${key}: ${totals.get(key)} mention(s)` })));
  });
  svg.append(el("svg:text", { x: 0, y: 10, text: String(max) }), el("svg:text", { x: 30, y: height + 15, text: keys[0] || "" }),
    el("svg:text", { x: width - 70, y: height + 15, text: keys[keys.length - 1] || "" }));
  return svg;
}

function quoteList(rows) {
  if (!rows.length) return el("p", { class: "muted", text: "none" });
  return rows.map((q) => el("div", { class: "list-item small" }, el("q", { text: q.text }), " — ", q.speaker || "?",
    el("span", { class: "muted" }, ` · ${q.outlet || ""} ${q.day || ""} · `), el("a", { href: `#/article/${q.article}`, text: "article" })));
}

async function entityPage(key) {
  const e = await api(`/api/entities/${encodeURIComponent(key)}`);
  show(el("h1", { text: e.name }),
    el("p", { class: "muted" }, [e.label, e.kb, e.country, e.wikidata, `${e.articles} article(s)`].filter(Boolean).join(" · ")),
    el("div", { class: "layout" },
      el("div", {},
        el("div", { class: "panel" }, el("h2", { text: "Mentions over time" }), barChart(e.timeline)),
        el("div", { class: "panel" }, el("h2", { text: "What they said" }), quoteList(e.quotes_by)),
        el("div", { class: "panel" }, el("h2", { text: "Quotes about them" }), quoteList(e.quotes_about))),
      el("div", { class: "panel" }, el("h2", { text: "Appears with" }),
        el("ol", { class: "small", id: "co-occurring" }, e.co_occurring.map((c) => el("li", {},
          el("a", { href: entityHref(c.id), text: c.name }), ` ${c.label} · ${c.articles}`))))));
}

async function entitiesPage(query) {
  const form = filterForm([["q", "name"], ["label", "label", LABELS]], query, (p) => { location.hash = "#/entities?" + p; });
  const data = await api("/api/entities?" + query);
  show(el("h1", { text: "Entities" }), form, table([
    ["name", (r) => el("a", { href: entityHref(r.id), text: r.name })], ["label", (r) => r.label],
    ["knowledge base", (r) => r.kb || ""], ["country", (r) => r.country || ""], ["articles", (r) => String(r.articles)]], data.items));
}

let world = null;
async function worldMap(events, onPlace, width = 960, height = 480) {
  world = world || await api("/static/world.json");
  const x = (lon) => ((lon + 180) / 360) * width;
  const y = (lat) => ((90 - lat) / 180) * height;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": "map of event locations", id: "event-map" });
  for (const country of world.countries) {
    const d = country.rings.map((r) => "M" + r.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join("L") + "Z").join("");
    svg.append(el("svg:path", { class: "country", d }, el("svg:title", { text: country.name })));
  }
  const places = new Map();
  for (const e of events) {
    if (e.lat === null || e.lon === null || e.lat === undefined) continue;
    const key = `${e.lat},${e.lon}`;
    const place = places.get(key) || { lat: e.lat, lon: e.lon, name: e.location, n: 0 };
    place.n += e.reports || 1;
    places.set(key, place);
  }
  for (const p of places.values()) {
    svg.append(el("svg:circle", { class: "event-dot", cx: x(p.lon), cy: y(p.lat), r: 3 + 2 * Math.sqrt(p.n),
      on: { click: () => onPlace(p) } }, el("svg:title", { text: `${p.name}: ${p.n} event report(s) — click for these` })));
  }
  return svg;
}

async function eventsPage(query) {
  const form = filterForm([["actor", "actor (name or country code)"], ["type", "type", TYPES], ["modality", "modality", MODALITIES],
    ["since", "since"], ["until", "until"]], query, (p) => { location.hash = "#/events?" + p; });
  if (!query.has("limit")) query.set("limit", "200");
  const data = await api("/api/events?" + query);
  show(el("h1", { text: "Events" }), form,
    el("div", { class: "panel" }, el("h2", { text: "Where" }), await worldMap(data.items, (place) => {
      query.set("bbox", [place.lon - 0.5, place.lat - 0.5, place.lon + 0.5, place.lat + 0.5].map((v) => v.toFixed(2)).join(","));
      location.hash = "#/events?" + query;
    })),
    el("p", { class: "muted", id: "event-count" }, `${data.items.length} event(s)`,
      query.has("bbox") ? [" around the chosen place · ", el("a", { href: "#/events", text: "all places" })] : null),
    table([["day", (r) => r.day + (r.day_assumed ? " *" : "")], ["type", (r) => r.type + (r.mode ? ` (${r.mode})` : "")],
      ["source", (r) => r.source ? `${r.source}${r.source_country ? " (" + r.source_country + ")" : ""}` : "—"],
      ["target", (r) => r.target ? `${r.target}${r.target_country ? " (" + r.target_country + ")" : ""}` : "—"],
      ["where", (r) => r.location || ""], ["modality", (r) => chip(r.modality, "modality-" + r.modality)],
      ["according to", (r) => r.attributed_to || ""],
      ["evidence", (r) => el("a", { href: `#/article/${r.articles[0]}`, text: r.evidence || "article" })],
      ["reports", (r) => `${r.reports} (${r.outlets.join(", ")})`]], data.items),
    el("p", { class: "muted small", text: "* no time in the text: the publication date stands in." }));
}

async function storiesPage(query) {
  const form = filterForm([["since", "since"], ["until", "until"], ["min_articles", "min. articles"]], query,
    (p) => { location.hash = "#/stories?" + p; });
  const data = await api("/api/stories?" + query);
  show(el("h1", { text: "Stories" }), form, table([
    ["story", (r) => el("a", { href: `#/story/${r.id}`, text: r.title || `story ${r.id}` })],
    ["from", (r) => r.first_day || ""], ["to", (r) => r.last_day || ""], ["articles", (r) => String(r.articles)],
    ["outlets", (r) => r.outlets.join(", ")], ["about", (r) => r.entities.join(", ")]], data.items));
}

function storyTimeline(articles, width = 900) {
  const outlets = [...new Set(articles.map((a) => a.outlet || "?"))];
  const times = articles.map((a) => Date.parse(a.published) || 0);
  const [lo, hi] = [Math.min(...times), Math.max(...times)];
  const row = 28, left = 150, height = outlets.length * row + 30;
  const x = (t) => left + (hi > lo ? ((t - lo) / (hi - lo)) * (width - left - 30) : (width - left) / 2);
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": "story timeline", id: "story-timeline" });
  outlets.forEach((o, i) => svg.append(el("svg:text", { x: 0, y: 20 + i * row, text: o }),
    el("svg:line", { x1: left, x2: width - 20, y1: 16 + i * row, y2: 16 + i * row, stroke: "#d8dde3" })));
  articles.forEach((a, k) => {
    const i = outlets.indexOf(a.outlet || "?");
    const link = el("svg:a", { href: `#/article/${a.id}` }, el("svg:circle", { cx: x(times[k]), cy: 16 + i * row, r: 6,
      fill: a.copy_of !== a.id ? "#e0a000" : "#0b6e99" }, el("svg:title", { text: `${a.published} ${a.headline || ""}` })));
    svg.append(link);
  });
  svg.append(el("svg:text", { x: left, y: height - 4, text: day(articles[0] && articles[0].published) }),
    el("svg:text", { x: width - 90, y: height - 4, text: day(articles.length && articles[articles.length - 1].published) }));
  return svg;
}

async function storyPage(id) {
  const s = await api(`/api/stories/${encodeURIComponent(id)}`);
  show(el("h1", { text: s.title || `Story ${s.id}` }),
    el("p", { class: "muted", text: `${s.first_day || "?"} – ${s.last_day || "?"} · ${s.articles} article(s)` }),
    el("div", { class: "panel" }, el("h2", { text: "Timeline across outlets" }), storyTimeline(s.timeline),
      el("p", { class: "muted small", text: "Orange: a copy of another outlet's text." })),
    el("div", { class: "panel" }, el("h2", { text: "Articles" }), table([["published", (r) => r.published || ""],
      ["outlet", (r) => r.outlet || ""], ["headline", (r) => el("a", { href: `#/article/${r.id}`, text: r.headline || r.id })],
      ["copy", (r) => (r.copy_of !== r.id ? "copy" : "")]], s.timeline)),
    el("div", { class: "panel" }, el("h2", { text: "Events" }), table([["day", (r) => r.day], ["type", (r) => r.type],
      ["source", (r) => r.source || "—"], ["target", (r) => r.target || "—"], ["modality", (r) => r.modality],
      ["reports", (r) => String(r.reports)]], s.events)));
}

// -- routing ----------------------------------------------------------------------------------------------

const ROUTES = { "": analyzePage, articles: articlesPage, article: articlePage, entity: entityPage, entities: entitiesPage,
  events: eventsPage, stories: storiesPage, story: storyPage };

async function route() {
  const hash = location.hash;
  const [path, search] = hash.replace(/^#\/?/, "").split("?");
  const [page, ...rest] = path.split("/");
  const handler = ROUTES[page] || analyzePage;
  for (const a of document.querySelectorAll("nav a[data-nav]")) a.classList.toggle("active", a.dataset.nav === (page || "analyze"));
  try {
    await handler(rest.length ? decodeURIComponent(rest.join("/")) : new URLSearchParams(search || ""));
  } catch (error) { failure(error); }
  if (location.hash !== hash) {  // another page was asked for while this one loaded
    if (document.body.dataset.ready === location.hash) {  // and it is already shown: this one covered it
      delete document.body.dataset.ready;
      route();
    }
    return;
  }
  document.body.dataset.ready = hash;  // for tests: the page has rendered
}

window.addEventListener("hashchange", route);
route();
