// Options: the API URL and key (chrome.storage.local), and a test of both against the running API.
import { createClient, loadSettings, saveSettings } from "../lib/api.js";

const $ = (id) => document.getElementById(id);

function say(text, ok) {
  $("result").textContent = text;
  $("result").className = ok ? "ok" : "error";
}

function entered() {
  return { baseUrl: $("base-url").value, apiKey: $("api-key").value };
}

async function test() {
  say("Testing…", true);
  try {
    const client = createClient(entered());
    const health = await client.checkConnection();
    say(`Connected to CareerPilot ${health.version} at ${client.baseUrl}; the key works.`, true);
  } catch (error) {
    say(error.message, false);
  }
}

async function save(event) {
  event.preventDefault();
  try {
    const saved = await saveSettings(entered());
    $("base-url").value = saved.baseUrl;
    say("Saved.", true);
  } catch (error) {
    say(error.message, false);
  }
}

async function start() {
  const settings = await loadSettings();
  $("base-url").value = settings.baseUrl;
  $("api-key").value = settings.apiKey;
  $("origin").textContent = new URL(chrome.runtime.getURL("")).origin;
  $("settings").addEventListener("submit", save);
  $("test").addEventListener("click", test);
}

start();
