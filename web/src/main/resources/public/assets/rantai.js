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
