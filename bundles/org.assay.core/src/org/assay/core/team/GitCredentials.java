package org.assay.core.team;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * User name and password for an HTTPS remote the way git users already keep them: git's own
 * credential helpers ({@code git credential fill}, which asks the helper configured with
 * {@code credential.helper} — a keyring, a cache, a store — and never a terminal), then
 * {@code ~/.netrc}. Nothing is ever passed on a command line. SSH remotes use the keys and
 * {@code ~/.ssh/config} of the user, as git does.
 */
public final class GitCredentials extends CredentialsProvider {

	private final Repository repository;
	private final NetRCCredentialsProvider netrc = new NetRCCredentialsProvider();

	private GitCredentials(Repository repository) {
		this.repository = repository;
	}

	/** The credentials git itself would use for the remotes of {@code repository}. */
	public static CredentialsProvider fromGitConfiguration(Repository repository) {
		return new GitCredentials(repository);
	}

	@Override
	public boolean isInteractive() {
		return false;
	}

	@Override
	public boolean supports(CredentialItem... items) {
		for (CredentialItem item : items) {
			if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
		Map<String, String> answer = fromHelper(uri);
		if (answer.containsKey("username") && answer.containsKey("password")) {
			for (CredentialItem item : items) {
				if (item instanceof CredentialItem.Username u) {
					u.setValue(answer.get("username"));
				} else if (item instanceof CredentialItem.Password p) {
					p.setValue(answer.get("password").toCharArray());
				}
			}
			return true;
		}
		return netrc.supports(items) && netrc.get(uri, items);
	}

	/** What {@code git credential fill} answers for {@code uri}; empty when git or a helper is not there. */
	private Map<String, String> fromHelper(URIish uri) {
		Map<String, String> answer = new HashMap<>();
		if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
			return answer;
		}
		ProcessBuilder builder = new ProcessBuilder("git", "credential", "fill");
		builder.directory(repository.isBare() ? repository.getDirectory() : repository.getWorkTree());
		builder.environment().put("GIT_TERMINAL_PROMPT", "0");
		builder.environment().put("GIT_ASKPASS", "");
		builder.environment().put("SSH_ASKPASS", "");
		builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		try {
			Process process = builder.start();
			try (OutputStream in = process.getOutputStream()) {
				StringBuilder request = new StringBuilder("protocol=" + uri.getScheme() + "\nhost=" + uri.getHost()
						+ (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "\n");
				if (uri.getPath() != null) {
					request.append("path=").append(uri.getPath().replaceFirst("^/", "")).append('\n');
				}
				if (uri.getUser() != null) {
					request.append("username=").append(uri.getUser()).append('\n');
				}
				in.write(request.append('\n').toString().getBytes(StandardCharsets.UTF_8));
			}
			try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = out.readLine()) != null;) {
					int eq = line.indexOf('=');
					if (eq > 0) {
						answer.put(line.substring(0, eq), line.substring(eq + 1));
					}
				}
			}
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				answer.clear();
			}
		} catch (IOException e) {
			answer.clear(); // no git on this machine: ~/.netrc is still asked
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			answer.clear();
		}
		return answer;
	}
}
