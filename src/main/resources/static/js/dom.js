// A tiny element builder: every node is made with createElement/textContent, so text from the API can never be
// parsed as markup, and no inline handler or style attribute is ever written (the CSP forbids both).
const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'text') {
      element.textContent = value;
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** h('button', {class: 'x', onclick: fn}, 'Label') */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element; attributes such as fill and stroke are presentation attributes, which the CSP allows. */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function replace(parent, ...children) {
  parent.replaceChildren();
  return build(parent, {}, children);
}

/** A status line that screen readers announce; role=alert for errors. */
export function message(text, kind = 'info') {
  return h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** Runs an async action behind a button, showing its error in the given slot instead of failing silently. */
export function guarded(slot, action) {
  return async (event) => {
    event?.preventDefault?.();
    replace(slot);
    try {
      await action(event);
    } catch (error) {
      if (error.status !== 401) {
        replace(slot, message(error.message, 'error'));
      }
    }
  };
}

/** A label + control pair; every control on every page is labelled through this or an aria-label. */
export function field(label, control) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

export function select(options, value, attrs = {}) {
  return h('select', attrs, options.map(([optionValue, text]) =>
    h('option', { value: optionValue, selected: optionValue === value }, text)));
}

/** A table from headers and rows of cells (strings or nodes). */
export function table(caption, headers, rows, attrs = {}) {
  return h('div', { class: 'table-wrap' }, h('table', attrs,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, rows)));
}
