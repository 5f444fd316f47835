import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe(loadConfig.name, () => {
  it('should give working defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: 'localhost', demo: true, databaseUrl: undefined, oidc: undefined });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.secureCookies).toBe(false);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('should list every bad setting at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT.*LOG_LEVEL/);
  });

  it('should insist the three OIDC settings come together', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://idp.example' })).toThrow(ConfigError);
  });

  it('should read the role map and turn on secure cookies behind https', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://cohesion.force.example/',
      OIDC_ISSUER: 'https://idp.example',
      OIDC_CLIENT_ID: 'cohesion',
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_ROLE_MAP: 'HC-Lead=hate_crime_officer, Ctrl=call_handler',
      COHESION_DEMO: '0',
    });
    expect(config.secureCookies).toBe(true);
    expect(config.publicUrl).toBe('https://cohesion.force.example');
    expect(config.demo).toBe(false);
    expect(config.oidc?.roleMap).toEqual({ 'HC-Lead': 'hate_crime_officer', Ctrl: 'call_handler' });
  });

  it('should refuse a malformed role map', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://i.example', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's', OIDC_ROLE_MAP: 'oops' })).toThrow(
      /OIDC_ROLE_MAP/,
    );
  });
});
