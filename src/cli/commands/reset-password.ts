import type { Command } from 'commander';
import { Email } from '../../shared/platform/contract.ts';
import { systemActor } from '../../server/platform/actor.ts';
import { generatePassword } from '../../server/platform/passwords.ts';
import { CliError, out, readStdin, withServices } from '../context.ts';

export function registerResetPassword(user: Command): void {
  user
    .command('password')
    .description('set a new password for an account (generated and printed once unless --password-stdin)')
    .requiredOption('--email <email>', 'the account’s email address')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (options: { email: string; passwordStdin?: boolean }) => {
      const email = Email.safeParse(options.email);
      if (!email.success) {
        throw new CliError(`--email: "${options.email}" is not an email address`);
      }
      const password = options.passwordStdin ? await readStdin() : generatePassword();
      if (password.length < 12) {
        throw new CliError('the password must be at least 12 characters');
      }
      await withServices((s) => s.users.resetPassword(systemActor('cli:user-password'), email.data, password));
      out(options.passwordStdin ? `password set for ${email.data}` : `new password for ${email.data} (shown once): ${password}`);
    });
}
