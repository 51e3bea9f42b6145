// A stand-in for the `electron` module in unit tests (no Electron binary can run
// here). It records what the code under test registers, so a test can fire the
// events Electron would fire and see what the app's handlers answer.
type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: Listener | undefined;
  readonly sent: Array<[string, unknown]> = [];

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return false;
  }
  /** Fires `name` like Electron would; returns whether a listener prevented the default. */
  fire(name: string, ...args: unknown[]): boolean {
    return this.fireWith(name, {}, ...args);
  }
  /** As `fire`, for events whose details ride on the event object (`will-frame-navigate`). */
  fireWith(name: string, details: Record<string, unknown>, ...args: unknown[]): boolean {
    let prevented = false;
    const event = { ...details, preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(name) ?? []) listener(event, ...args);
    return prevented;
  }
}

export class BrowserWindow {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedFile: string | undefined;
  loadedUrl: string | undefined;

  constructor(readonly options: Record<string, unknown>) {
    BrowserWindow.created.push(this);
  }
  once(): this {
    return this;
  }
  on(): this {
    return this;
  }
  show(): void {}
  async loadFile(file: string): Promise<void> {
    this.loadedFile = file;
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
}

type Callback = (response: unknown) => void;

export class FakeSession {
  headersListener: ((details: unknown, callback: Callback) => void) | undefined;
  requestListener: ((details: unknown, callback: Callback) => void) | undefined;
  permissionRequestHandler:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  readonly webRequest = {
    onHeadersReceived: (listener: (details: unknown, callback: Callback) => void) => (this.headersListener = listener),
    onBeforeRequest: (listener: (details: unknown, callback: Callback) => void) => (this.requestListener = listener),
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  /** What the registered listener answers for one response or request. */
  respond(kind: 'headers' | 'request', details: unknown): Promise<unknown> {
    const listener = kind === 'headers' ? this.headersListener : this.requestListener;
    return new Promise((resolve) => listener?.(details, resolve));
  }
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    ipcMain.handlers.set(channel, handler);
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invocations: [] as unknown[][],
  listeners: new Map<string, Set<Listener>>(),
  async invoke(...args: unknown[]): Promise<unknown> {
    ipcRenderer.invocations.push(args);
    return { ok: true, value: 'answered' };
  },
  on(channel: string, listener: Listener) {
    ipcRenderer.listeners.set(channel, (ipcRenderer.listeners.get(channel) ?? new Set()).add(listener));
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener) {
    ipcRenderer.listeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
  /** Delivers a message from main the way Electron does: IPC event first. */
  emit(channel: string, payload: unknown): void {
    const event = { sender: ipcRenderer, senderId: 0 };
    for (const listener of ipcRenderer.listeners.get(channel) ?? []) listener(event, payload);
  },
};
