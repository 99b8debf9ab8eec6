import { describe, expect, it } from 'vitest';
import { feedUrlOf, parseUpdateConfig } from '../../src-main/electron/update-config';

describe('the update feed configuration', () => {
  it('uses the packaged feed when nothing is set', () => {
    expect(parseUpdateConfig(null, {})).toEqual({
      enabled: true,
      feedUrl: null,
      channel: 'latest',
      intervalMinutes: 240,
      warnings: [],
    });
  });

  it('takes the ministry URL, channel and interval from update.json, the environment winning', () => {
    const file = JSON.stringify({ url: 'https://update.kerman.moi.ir/tatbiq', channel: 'beta', intervalMinutes: 60 });
    expect(parseUpdateConfig(file, {})).toMatchObject({
      feedUrl: 'https://update.kerman.moi.ir/tatbiq/',
      channel: 'beta',
      intervalMinutes: 60,
      warnings: [],
    });
    expect(parseUpdateConfig(file, { TATBIQ_UPDATE_URL: 'https://mirror.moi.ir/desktop/' }).feedUrl).toBe(
      'https://mirror.moi.ir/desktop/',
    );
    expect(parseUpdateConfig(JSON.stringify({ enabled: false }), {}).enabled).toBe(false);
    expect(parseUpdateConfig(null, { TATBIQ_UPDATE_DISABLED: '1' }).enabled).toBe(false);
  });

  it('refuses a feed that could be tampered with or leak a secret, and says why in the log', () => {
    for (const bad of [
      'http://update.moi.ir/desktop/', // plain http off this computer
      'ftp://update.moi.ir/',
      'https://user:secret@update.moi.ir/',
      'https://update.moi.ir/?token=x',
      'file:///C:/updates/',
      'not a url',
    ])
      expect(feedUrlOf(bad), bad).toBeNull();
    expect(feedUrlOf('http://127.0.0.1:8080/feed')).toBe('http://127.0.0.1:8080/feed/');
    const r = parseUpdateConfig(JSON.stringify({ url: 'http://update.moi.ir/' }), {});
    expect(r.feedUrl).toBeNull();
    expect(r.warnings[0]).toMatch(/refused/);
  });

  it('ignores a broken file or bad values instead of failing the app', () => {
    expect(parseUpdateConfig('{not json', {})).toMatchObject({
      feedUrl: null,
      warnings: [expect.stringMatching(/JSON/)],
    });
    expect(parseUpdateConfig('[1]', {}).warnings).toHaveLength(1);
    const r = parseUpdateConfig(JSON.stringify({ channel: '../x', intervalMinutes: 1 }), {});
    expect(r).toMatchObject({ channel: 'latest', intervalMinutes: 240 });
    expect(r.warnings).toHaveLength(2);
  });
});
