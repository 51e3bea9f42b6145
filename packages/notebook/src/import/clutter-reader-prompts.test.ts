// Prompts a page addresses to its reader, in the forms pages give them (the
// wording is ours): a comment form, an embed's consent placeholder, a request
// to allow notifications with the site's greeting over it, a topic link. The
// sentences of a story that speak of the same things stay.
import { describe, expect, it } from 'vitest';
import { amid, reasons, story } from '../../test/clutter-lines.js';

describe('a prompt of the page to its reader is marked', () => {
  it.each([
    ['Your email address will not be published. Required fields are marked *', /comment form/u],
    ['This site uses Akismet to reduce spam. Learn how your comment data is processed.', /comment form/u],
    ['Ihre E-Mail-Adresse wird nicht veröffentlicht.', /comment form/u],
    ['Votre adresse e-mail ne sera pas publiée.', /comment form/u],
    ['YouTube Platzhalter', /placeholder/u],
    ['Hier siehst du Inhalte von Drittanbietern.', /consent notice/u],
    ['To show third-party content here we need your consent.', /consent notice/u],
    ['Para ver contenidos de terceros necesitamos tu consentimiento.', /consent notice/u],
    ['Wir benötigen Ihre Zustimmung, um externe Inhalte anzuzeigen.', /consent notice/u],
    ['Activez les notifications de votre navigateur pour suivre l’actualité.', /notifications/u],
    ['Don’t miss anything: enable notifications in your browser.', /notifications/u],
    ['Alles zum Thema Hochwasser', /topic/u],
  ])('%s', (line, reason) => {
    expect(amid(line)).toMatch(reason);
  });

  it('marks the site’s greeting only over such a prompt', () => {
    const greeting = 'Welcome to Harbour Radio';
    const prompt = 'Don’t miss the news: allow our notifications in your browser.';
    expect(reasons([...story, greeting, prompt]).slice(-2)).toEqual([
      expect.stringMatching(/greeting/u),
      expect.stringMatching(/notifications/u),
    ]);
    expect(amid(greeting)).toBeNull();
  });
});

describe('a sentence of the story about the same things stays', () => {
  it.each([
    'The phone maker will allow users to turn off notifications for each app from next month.',
    'Regulators said the platform had shown third-party content to children without their parents’ consent.',
    'The council said the addresses of those who wrote in would not be published.',
    'She said the email address of the minister had been published on a forum by mistake.',
    'Welcome to the new library, the mayor told the first readers on Monday.',
    'The update will allow you to silence notifications from each app on the lock screen.',
    'Die Plattform habe externe Inhalte ohne Zustimmung der Eltern gezeigt, sagte sie.',
    'Die Behörde prüft externe Inhalte, die Nutzer hier hochladen, erklärte ihre Sprecherin.',
  ])('%s', (line) => {
    expect(amid(line)).toBeNull();
  });
});

describe('a control of a player or a list is marked', () => {
  it.each([
    ['Zurückspulen', /player/u],
    ['Fast forward', /player/u],
    ['0:00 Anhören', /player/u],
    ['Show More', /label/u],
    ['Mehr anzeigen', /label/u],
  ])('%s', (line, reason) => {
    expect(amid(line)).toMatch(reason);
  });
});
