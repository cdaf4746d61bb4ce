import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArguments {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parses one command's arguments strictly: an unknown option or a missing value is a plain error. */
export function parseCommandArguments(command: string, args: readonly string[], options: Options, positionals: { min: number; max: number }): ParsedArguments {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`crd ${command}: ${error instanceof Error ? error.message : String(error)}. See "crd help".`);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) throw new CliError(`crd ${command}: a file is missing. See "crd help".`);
  if (count > positionals.max) throw new CliError(`crd ${command}: unexpected "${parsed.positionals[positionals.max]}". See "crd help".`);
  return { values: parsed.values as ParsedArguments['values'], positionals: parsed.positionals };
}

export function stringOption(parsed: ParsedArguments, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function requiredOption(command: string, parsed: ParsedArguments, name: string): string {
  const value = stringOption(parsed, name);
  if (value === undefined || value.trim() === '') throw new CliError(`crd ${command}: --${name} is required. See "crd help".`);
  return value;
}
