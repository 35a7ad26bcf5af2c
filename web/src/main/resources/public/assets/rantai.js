// The browser keeps the bearer token in sessionStorage: it ends with the tab.
const token = () => sessionStorage.getItem('rantai.token');

async function showMe() {
  const response = await fetch('/api/me', { headers: { Authorization: 'Bearer ' + token() } });
  if (!response.ok) { sessionStorage.removeItem('rantai.token'); return; }
  const me = await response.json();
  document.getElementById('me-username').textContent = me.username;
  document.getElementById('me-role').textContent = me.role;
  document.getElementById('me-organization').textContent = me.organizationName || 'tanpa organisasi';
  document.getElementById('login-section').hidden = true;
  document.getElementById('me-section').hidden = false;
  await showDemands();
  if (me.role === 'COOPERATIVE') { await showMyBids(); }
}

const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

function row(cells) {
  const tr = document.createElement('tr');
  for (const text of cells) {
    const td = document.createElement('td');
    td.textContent = text;   // text, never HTML: titles come from other users
    tr.appendChild(td);
  }
  return tr;
}

async function api(path) {
  const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token() } });
  return response.ok ? response.json() : { items: [] };
}

async function showDemands() {
  const page = await api('/api/demands?size=50');
  const body = document.querySelector('#demands tbody');
  body.replaceChildren(...page.items.map(d => row([d.title, d.buyer.name, d.status,
    new Date(d.bidDeadline).toLocaleString('id-ID'), String(d.lots.length)])));
}

async function showMyBids() {
  const bids = await api('/api/bids?mine=true');
  document.getElementById('my-bids').hidden = false;
  document.querySelector('#my-bids tbody').replaceChildren(...bids.items.map(b => row([b.demandId.slice(0, 8),
    String(b.quantity), rupiah.format(b.unitPriceIdr), rupiah.format(b.evaluatedPriceIdr), b.status])));
}

document.getElementById('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('login-error');
  error.hidden = true;
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: document.getElementById('username').value,
                           password: document.getElementById('password').value })
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    error.textContent = problem.detail || 'Gagal masuk';
    error.hidden = false;
    return;
  }
  sessionStorage.setItem('rantai.token', (await response.json()).accessToken);
  await showMe();
});

document.getElementById('logout').addEventListener('click', () => {
  sessionStorage.removeItem('rantai.token');
  location.reload();
});

if (token()) { showMe(); }
