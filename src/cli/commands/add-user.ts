import type { Command } from 'commander';
import { CreateUserRequest } from '../../shared/platform/contract.ts';
import { Role } from '../../shared/platform/roles.ts';
import { systemActor } from '../../server/platform/actor.ts';
import { CliError, out, readStdin, withServices } from '../context.ts';

export function registerAddUser(user: Command): void {
  user
    .command('add')
    .description('add a staff account to a force (a password is generated and printed once unless --password-stdin)')
    .requiredOption('--email <email>', 'sign-in email address')
    .option('--name <name>', 'display name (default: the email address)')
    .requiredOption('--role <roles>', `comma-separated roles: ${Role.options.join(', ')}`)
    .requiredOption('--force <code>', 'force code, e.g. DEMO')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (options: { email: string; name?: string; role: string; force: string; passwordStdin?: boolean }) => {
      const roles = options.role.split(',').map((r) => r.trim());
      const unknown = roles.filter((r) => !Role.safeParse(r).success);
      if (unknown.length > 0) {
        throw new CliError(`--role: unknown role ${unknown.map((r) => `"${r}"`).join(', ')}; roles are ${Role.options.join(', ')}`);
      }
      const parsed = CreateUserRequest.safeParse({
        email: options.email,
        name: options.name ?? options.email,
        roles,
        password: options.passwordStdin ? await readStdin() : undefined,
      });
      if (!parsed.success) {
        throw new CliError(parsed.error.issues.map((i) => `--${String(i.path[0] ?? 'input')}: ${i.message}`).join('; '));
      }
      const created = await withServices((s) => s.users.createUserInForce(systemActor('cli:user-add'), options.force, parsed.data));
      out(`user ${created.user.email} added to ${options.force} as ${created.user.roles.join(', ')}`);
      if (created.generatedPassword) {
        out(`password (shown once): ${created.generatedPassword}`);
      }
    });
}
