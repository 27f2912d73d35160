// Web chat for the local sandbox. Talks only to the sandbox's user API (see README.md).
// Bot text is never inserted as HTML: formatting is rebuilt as DOM nodes from Telegram
// entities, and only b/i/u/s/code/pre/a elements are ever created.
"use strict";

const $ = (id) => document.getElementById(id);
const els = {
  messages: $("messages"), empty: $("empty"), status: $("status"), who: $("who"),
  uid: $("uid"), name: $("name"), zalo: $("zalo-mode"), hint: $("mode-hint"),
  text: $("text"), composer: $("composer"), attach: $("attach"), fileInput: $("file-input"),
  asDocument: $("as-document"), sendError: $("send-error"), toast: $("toast"),
  keyboard: $("keyboard"), menu: $("menu"), commands: $("commands"), botName: $("bot-name"),
};

const state = {
  channel: "telegram",
  uid: "1001",
  name: "Cán bộ 1001",
  after: 0,
  generation: 0,        // bumps when user/channel changes; stale polls drop their results
  abort: null,
  bubbles: new Map(),   // message_id -> element
  commands: [],
};

// ---------------------------------------------------------------- helpers
function apiPrefix() {
  const uid = encodeURIComponent(state.uid);
  return state.channel === "zalo" ? `/api/zalo/users/${uid}` : `/api/users/${uid}`;
}

function setStatus(text) { els.status.textContent = text; }

function showError(text) {
  els.sendError.textContent = text || "";
  if (text) setTimeout(() => { if (els.sendError.textContent === text) els.sendError.textContent = ""; }, 6000);
}

let toastTimer = null;
function toast(text, alertStyle) {
  if (alertStyle) { window.alert(text); return; }
  els.toast.textContent = text;
  els.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { els.toast.hidden = true; }, 2500);
}

function formatTime(date) {
  // Telegram dates are seconds, Zalo dates milliseconds.
  const ms = date > 1e12 ? date : date * 1000;
  const d = new Date(ms);
  return d.toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" });
}

function formatSize(bytes) {
  if (bytes == null) return "";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function safeHref(url) {
  return /^(https?:|tg:|mailto:)/i.test(url || "") ? url : null;
}

const ENTITY_TAGS = {
  bold: "b", italic: "i", underline: "u", strikethrough: "s", code: "code", pre: "pre",
  text_link: "a", url: "a",
};

// Text + Telegram entities (UTF-16 offsets, same unit as JS strings) -> DOM fragment.
function renderRich(text, entities) {
  const frag = document.createDocumentFragment();
  if (!text) return frag;
  const list = (entities || [])
    .filter((e) => ENTITY_TAGS[e.type] && e.length > 0)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);

  function build(start, end, items, parent) {
    let pos = start;
    let i = 0;
    while (i < items.length) {
      const e = items[i];
      if (e.offset < pos) { i += 1; continue; } // overlapping entity: ignore
      if (e.offset > pos) parent.appendChild(document.createTextNode(text.slice(pos, e.offset)));
      const eEnd = Math.min(e.offset + e.length, end);
      const el = document.createElement(ENTITY_TAGS[e.type]);
      if (el.tagName === "A") {
        const href = safeHref(e.type === "url" ? text.slice(e.offset, eEnd) : e.url);
        if (href) { el.href = href; el.target = "_blank"; el.rel = "noopener noreferrer"; }
      }
      const inner = [];
      let j = i + 1;
      while (j < items.length && items[j].offset < eEnd) {
        if (items[j].offset + items[j].length <= eEnd) inner.push(items[j]);
        j += 1;
      }
      build(e.offset, eEnd, inner, el);
      parent.appendChild(el);
      pos = eEnd;
      i = j;
    }
    if (pos < end) parent.appendChild(document.createTextNode(text.slice(pos, end)));
  }
  build(0, text.length, list, frag);
  return frag;
}

// ---------------------------------------------------------------- rendering
function fillBubble(bubble, m) {
  bubble.textContent = "";
  bubble.className = `msg ${m.from === "user" ? "user" : "bot"}`;
  bubble.dataset.messageId = m.message_id;
  const body = document.createElement("div");
  body.className = "body";
  bubble.appendChild(body);

  if (m.photo) {
    const img = document.createElement("img");
    img.className = "photo";
    img.src = m.photo.url;
    img.alt = "Ảnh";
    img.loading = "lazy";
    img.addEventListener("click", () => window.open(m.photo.url, "_blank", "noopener"));
    body.appendChild(img);
  }
  if (m.document) {
    const a = document.createElement("a");
    a.className = "doc";
    a.href = m.document.url;
    a.download = m.document.file_name || "tep";
    const icon = document.createElement("span");
    icon.className = "file-icon";
    const ext = (m.document.file_name || "").split(".").pop();
    icon.textContent = ext && ext.length <= 4 ? ext.toUpperCase() : "TỆP";
    const label = document.createElement("span");
    label.textContent = m.document.file_name || "Tệp";
    const small = document.createElement("small");
    small.textContent = `${formatSize(m.document.file_size)} · Tải xuống`;
    label.appendChild(small);
    a.append(icon, label);
    body.appendChild(a);
  }
  if (m.sticker) {
    const s = document.createElement("div");
    s.className = "sticker";
    s.textContent = `Nhãn dán: ${m.sticker}`;
    body.appendChild(s);
  }
  if (m.text) body.appendChild(renderRich(m.text, m.entities));
  if (m.caption) {
    const c = document.createElement("div");
    c.className = "caption";
    c.appendChild(renderRich(m.caption, m.caption_entities));
    body.appendChild(c);
  }
  if (m.type === "unsupported") body.textContent = "(Tin nhắn không được hỗ trợ)";

  if (m.buttons && m.buttons.length) {
    const box = document.createElement("div");
    box.className = "buttons";
    for (const row of m.buttons) {
      const r = document.createElement("div");
      r.className = "row";
      for (const b of row) {
        const btn = document.createElement("button");
        btn.type = "button";
        btn.className = "btn-inline";
        btn.textContent = b.url ? `${b.text} ↗` : b.text;
        if (b.data != null) {
          btn.addEventListener("click", () => tap(m.message_id, b.data, btn));
        } else if (safeHref(b.url)) {
          btn.addEventListener("click", () => window.open(b.url, "_blank", "noopener"));
        } else {
          btn.disabled = true;
        }
        r.appendChild(btn);
      }
      box.appendChild(r);
    }
    bubble.appendChild(box);
  }
  const meta = document.createElement("div");
  meta.className = "meta";
  if (m.edited) {
    const e = document.createElement("span");
    e.className = "edited";
    e.textContent = "đã sửa";
    meta.appendChild(e);
  }
  meta.appendChild(document.createTextNode(formatTime(m.date)));
  bubble.appendChild(meta);
}

function applyEntry(m) {
  els.empty.hidden = true;
  if (m.kind === "callback_answer") {
    if (m.text) toast(m.text, m.show_alert);
    return;
  }
  if (m.kind === "deleted") {
    const old = state.bubbles.get(m.message_id);
    if (old) {
      old.classList.add("deleted");
      old.querySelector(".body").textContent = "Tin nhắn đã bị xoá";
      const buttons = old.querySelector(".buttons");
      if (buttons) buttons.remove();
    }
    return;
  }
  let bubble = state.bubbles.get(m.message_id);
  const isNew = !bubble;
  if (isNew) {
    bubble = document.createElement("div");
    state.bubbles.set(m.message_id, bubble);
  }
  fillBubble(bubble, m);
  if (isNew) els.messages.appendChild(bubble);
  if (m.from === "bot" && m.kind === "message") updateKeyboard(m.keyboard);
}

function updateKeyboard(markup) {
  if (!markup) return;
  if (markup.remove_keyboard) { els.keyboard.hidden = true; els.keyboard.textContent = ""; return; }
  if (!markup.keyboard) return;
  els.keyboard.textContent = "";
  for (const row of markup.keyboard) {
    for (const key of row) {
      const label = typeof key === "string" ? key : key.text;
      const btn = document.createElement("button");
      btn.type = "button";
      btn.textContent = label;
      btn.addEventListener("click", () => {
        if (markup.one_time_keyboard) els.keyboard.hidden = true;
        sendText(label);
      });
      els.keyboard.appendChild(btn);
    }
  }
  els.keyboard.hidden = false;
}

function scrollToEnd() { els.messages.scrollTop = els.messages.scrollHeight; }

function clearView() {
  state.bubbles.clear();
  els.messages.textContent = "";
  els.messages.appendChild(els.empty);
  els.empty.hidden = false;
  els.keyboard.hidden = true;
  state.after = 0;
}

// ---------------------------------------------------------------- long poll
async function pollLoop() {
  const generation = state.generation;
  while (generation === state.generation) {
    const controller = new AbortController();
    state.abort = controller;
    try {
      const url = `${apiPrefix()}/messages?after=${state.after}&wait=25&include_user=1`;
      const res = await fetch(url, { signal: controller.signal, cache: "no-store" });
      const data = await res.json();
      if (generation !== state.generation) return;
      if (!data.ok) throw new Error(data.error || res.statusText);
      setStatus(state.channel === "zalo" ? "Chế độ Zalo · trực tuyến" : "Chế độ Telegram · trực tuyến");
      if (data.last_seq < state.after) { clearView(); continue; } // the sandbox was reset
      for (const m of data.messages) {
        applyEntry(m);
        state.after = Math.max(state.after, m.seq);
      }
      state.after = Math.max(state.after, data.last_seq);
      if (data.messages.length) scrollToEnd();
    } catch (err) {
      if (generation !== state.generation || err.name === "AbortError") return;
      setStatus("Mất kết nối, đang thử lại…");
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

function restart() {
  state.generation += 1;
  if (state.abort) state.abort.abort();
  clearView();
  els.who.textContent = `${state.name} (${state.uid})`;
  document.body.classList.toggle("zalo", state.channel === "zalo");
  els.hint.textContent = state.channel === "zalo"
    ? "Đang mô phỏng Zalo: không có nút bấm, bot gửi lựa chọn đánh số bằng chữ."
    : "Đang mô phỏng Telegram: tin nhắn có nút bấm.";
  els.menu.hidden = state.channel === "zalo" || !state.commands.length;
  els.commands.hidden = true;
  pollLoop();
}

// ---------------------------------------------------------------- actions
async function postJSON(url, body) {
  const res = await fetch(url, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({ ok: false, error: res.statusText }));
  if (!data.ok) throw new Error(data.error || res.statusText);
  return data;
}

async function sendText(text) {
  if (!text.trim()) return;
  try {
    await postJSON(`${apiPrefix()}/text`, { text, name: state.name });
    showError("");
  } catch (err) {
    showError(`Không gửi được: ${err.message}`);
  }
}

async function tap(messageId, data, btn) {
  btn.disabled = true;
  try {
    await postJSON(`${apiPrefix()}/tap`, { message_id: messageId, data });
  } catch (err) {
    showError(`Không bấm được nút: ${err.message}`);
  } finally {
    setTimeout(() => { btn.disabled = false; }, 800);
  }
}

async function sendFiles(files) {
  const list = Array.from(files);
  if (!list.length) return;
  if (list.length > 10) { showError("Mỗi lần gửi tối đa 10 tệp."); return; }
  const images = list.every((f) => f.type.startsWith("image/"));
  if (state.channel === "zalo" && !images) { showError("Ở chế độ Zalo chỉ gửi được ảnh."); return; }
  const form = new FormData();
  for (const f of list) form.append("files", f, f.name);
  form.append("name", state.name);
  if (state.channel === "telegram") {
    form.append("as", els.asDocument.checked || !images ? "document" : "photo");
  }
  const caption = els.text.value.trim();
  if (caption) form.append("caption", caption);
  try {
    const res = await fetch(`${apiPrefix()}/files`, { method: "POST", body: form });
    const data = await res.json();
    if (!data.ok) throw new Error(data.error || res.statusText);
    els.text.value = "";
    showError("");
  } catch (err) {
    showError(`Không gửi được tệp: ${err.message}`);
  }
}

function renderCommands() {
  els.commands.textContent = "";
  for (const c of state.commands) {
    const btn = document.createElement("button");
    btn.type = "button";
    btn.textContent = `/${c.command} `;
    const small = document.createElement("small");
    small.textContent = c.description;
    btn.appendChild(small);
    btn.addEventListener("click", () => { els.commands.hidden = true; sendText(`/${c.command}`); });
    els.commands.appendChild(btn);
  }
}

// ---------------------------------------------------------------- wiring
els.composer.addEventListener("submit", (ev) => {
  ev.preventDefault();
  const text = els.text.value;
  if (!text.trim()) return;
  els.text.value = "";
  sendText(text);
});
els.attach.addEventListener("click", () => els.fileInput.click());
els.fileInput.addEventListener("change", async () => {
  await sendFiles(els.fileInput.files);
  els.fileInput.value = "";
});
els.menu.addEventListener("click", () => { els.commands.hidden = !els.commands.hidden; });

function applySettings() {
  const uid = els.uid.value.trim();
  const validUid = els.zalo.checked
    ? /^[A-Za-z0-9_.-]{1,64}$/.test(uid) : /^[1-9][0-9]{0,14}$/.test(uid);
  if (!validUid) { showError("Mã người dùng không hợp lệ."); return; }
  const channel = els.zalo.checked ? "zalo" : "telegram";
  const name = els.name.value.trim() || `Cán bộ ${uid}`;
  const changed = uid !== state.uid || channel !== state.channel;
  Object.assign(state, { uid, channel, name });
  localStorage.setItem("sandbox-user", JSON.stringify({ uid, name, channel }));
  els.who.textContent = `${name} (${uid})`;
  if (changed) restart();
}
for (const el of [els.uid, els.name]) el.addEventListener("change", applySettings);
els.zalo.addEventListener("change", applySettings);
els.uid.addEventListener("input", () => {
  // Keep the default name in step with the id until the user types a name of their own.
  if (/^Cán bộ \S*$/.test(els.name.value)) els.name.value = `Cán bộ ${els.uid.value.trim()}`;
});

async function init() {
  try {
    const saved = JSON.parse(localStorage.getItem("sandbox-user") || "null");
    if (saved && saved.uid) {
      Object.assign(state, saved);
      els.uid.value = saved.uid;
      els.name.value = saved.name;
      els.zalo.checked = saved.channel === "zalo";
    }
  } catch (_) { /* ignore a corrupt entry */ }
  try {
    const info = await (await fetch("/api/info", { cache: "no-store" })).json();
    state.commands = info.telegram.commands || [];
    els.botName.textContent = info.telegram.name || "Trợ lý Thi đua";
    renderCommands();
  } catch (_) { /* the page still works without it */ }
  restart();
  els.text.focus();
}

init();
