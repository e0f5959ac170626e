// What a CLI subcommand returns; stats.ts prints it and exits with `code`. Errors go to stderr as `field: message`
// lines with code 2 and nothing on stdout.
export interface CliResult {
	code: 0 | 2;
	stdout: string;
	stderr: string;
}
