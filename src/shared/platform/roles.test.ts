import { describe, expect, it } from 'vitest';
import { Permission, Role, permissionsFor } from './roles.ts';

describe(permissionsFor.name, () => {
  it('should give every role at least one permission', () => {
    for (const role of Role.options) {
      expect(permissionsFor([role]).length, role).toBeGreaterThan(0);
    }
  });

  it('should keep Prevent data to the Prevent role alone', () => {
    const holders = Role.options.filter((r) => permissionsFor([r]).includes('prevent:manage'));
    expect(holders).toEqual(['prevent_officer']);
  });

  it('should keep the audit log to admins', () => {
    expect(Role.options.filter((r) => permissionsFor([r]).includes('audit:read'))).toEqual(['admin']);
  });

  it('should merge several roles without repeats, in a stable order', () => {
    const merged = permissionsFor(['supervisor', 'call_handler']);
    expect(new Set(merged).size).toBe(merged.length);
    expect(merged).toEqual(Permission.options.filter((p) => merged.includes(p)));
    expect(merged).toContain('cases:assign');
  });

  it('should let the PCC office read aggregates and nothing personal', () => {
    expect(permissionsFor(['pcc_office'])).toEqual(['aggregates:read']);
  });
});
