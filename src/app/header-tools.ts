// The header's controls and the service worker's prompt, one chunk fetched as the app first renders: the
// first paint draws their places (layout.tsx), and they take over a moment later.

export { UpdatePrompt } from '@/features/offline/components/update-prompt';
export { SearchField } from '@/features/search/components/search-field';
export { SettingsMenu } from '@/features/settings/components/settings-menu';
export { ShortcutsDialog } from '@/features/settings/components/shortcuts-dialog';
