package org.cheapnet.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server (target/ham-language-server.jar, built in the package phase) in its own
 * process, driven over stdin/stdout as an editor drives it. The waits only keep a broken server
 * from hanging the build; nothing here asserts on time.
 */
class HamLanguageServerIT {
	private static final long WAIT_SECONDS = 120;
	/** Line 4 holds the wrong radius, line 5 the hamiltonian (0-based, as in LSP). */
	private static final String BAD = """
			model Ising {
			    lattice grid = square(3, 3) periodic
			    spin s on grid

			    @local(0)
			    hamiltonian H = -sum(<a, b> in grid) s[a]*s[b]
			}
			""";

	@TempDir
	static Path workspace;

	private static Process process;
	private static LanguageServer server;
	private static InitializeResult initialized;
	private static final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
	private static String badUri;
	private static Diagnostic locality;

	/** The editor's side: it only collects what the server publishes. */
	private static final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.add(diagnostics);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	@BeforeAll
	@SuppressWarnings("deprecation")
	static void startServerAndOpenABadFile() throws Exception {
		Path jar = Path.of("target/ham-language-server.jar").toAbsolutePath();
		assertTrue(Files.isRegularFile(jar), jar + " is built in the package phase");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		process = new ProcessBuilder(java.toString(), "-jar", jar.toString())
				.redirectError(Redirect.to(Path.of("target/ham-language-server-it.log").toFile())).start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		server = launcher.getRemoteProxy();

		InitializeParams init = new InitializeParams();
		init.setProcessId((int) ProcessHandle.current().pid());
		init.setRootUri(workspace.toUri().toString()); // Xtext's default workspace manager reads the root URI
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		text.setDocumentSymbol(symbols);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		init.setCapabilities(capabilities);
		initialized = server.initialize(init).get(WAIT_SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());

		Path bad = workspace.resolve("bad.ham");
		Files.writeString(bad, BAD);
		badUri = bad.toUri().toString();
		open(badUri, BAD);
		locality = awaitDiagnostic("bad.ham", HamIssueCodes.LOCALITY_VIOLATED);
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
			server.exit();
		}
		if (process != null && !process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
			process.destroy();
		}
	}

	private static void open(String uri, String text) {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ham", 1, text)));
	}

	private static Diagnostic awaitDiagnostic(String file, String code) throws InterruptedException {
		while (true) {
			PublishDiagnosticsParams params = published.poll(WAIT_SECONDS, TimeUnit.SECONDS);
			if (params == null) {
				throw new AssertionError("no " + code + " published for " + file);
			}
			if (params.getUri().endsWith(file)) {
				for (Diagnostic diagnostic : params.getDiagnostics()) {
					if (diagnostic.getCode() != null && code.equals(diagnostic.getCode().getLeft())) {
						return diagnostic;
					}
				}
			}
		}
	}

	private static TextDocumentIdentifier bad() {
		return new TextDocumentIdentifier(badUri);
	}

	/** The 0-based position of the n-th occurrence of a piece of the bad file. */
	private static Position at(String piece, int occurrence) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = BAD.indexOf(piece, offset + 1);
		}
		String before = BAD.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (before.lastIndexOf('\n') + 1));
	}

	private static <T> T get(CompletableFuture<T> future) throws Exception {
		return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
	}

	@Test
	void localityErrorIsOnTheRadius() {
		assertEquals(at("0)", 0), locality.getRange().getStart());
		assertEquals(new Position(4, "    @local(0".length()), locality.getRange().getEnd());
		assertEquals(HamIssueCodes.LOCALITY_VIOLATED, locality.getCode().getLeft());
	}

	@Test
	void completionAfterAtOffersTheAnnotations() throws Exception {
		Path file = workspace.resolve("complete.ham");
		String text = "model C {\n    @\n}\n";
		Files.writeString(file, text);
		open(file.toUri().toString(), text);
		Either<List<CompletionItem>, org.eclipse.lsp4j.CompletionList> result = get(server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(file.toUri().toString()), new Position(1, 5))));
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		Set<String> labels = items.stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
		assertTrue(labels.containsAll(List.of("@local", "@symmetric", "@tolerance", "@activation", "@depth")),
				labels.toString());
	}

	@Test
	void hoverOnTheHamiltonianCountsItsMonomials() throws Exception {
		var hover = get(server.getTextDocumentService().hover(new HoverParams(bad(), at("H =", 0))));
		String text = hover.getContents().getRight().getValue();
		// 3 x 3 periodic: every site has a bond along each of 2 axes, no bond counted twice
		assertTrue(text.contains("monomials: " + 3 * 3 * 2 + " "), text);
	}

	@Test
	void outlineIsModelsThenDeclarations() throws Exception {
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = get(
				server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(bad())));
		assertEquals(1, symbols.size());
		DocumentSymbol model = symbols.get(0).getRight();
		assertEquals("Ising", model.getName());
		Set<String> children = model.getChildren().stream().map(DocumentSymbol::getName).collect(Collectors.toSet());
		assertEquals(Set.of("grid", "s", "H"), children);
		assertEquals(org.eclipse.lsp4j.SymbolKind.Function,
				model.getChildren().stream().filter(c -> c.getName().equals("H")).findFirst().orElseThrow().getKind());
	}

	@Test
	void definitionOfAVariableAndOfALocalIndex() throws Exception {
		var variable = get(server.getTextDocumentService().definition(new DefinitionParams(bad(), at("s[a]", 0))));
		assertEquals(at("s on", 0), variable.getLeft().get(0).getRange().getStart());
		var index = get(server.getTextDocumentService().definition(new DefinitionParams(bad(), at("b]", 0))));
		assertEquals(at("b>", 0), index.getLeft().get(0).getRange().getStart());
	}

	@Test
	void referencesOfTheVariable() throws Exception {
		List<? extends Location> references = get(server.getTextDocumentService()
				.references(new ReferenceParams(bad(), at("s on", 0), new ReferenceContext(false))));
		Set<Position> starts = new HashSet<>();
		references.forEach(r -> starts.add(r.getRange().getStart()));
		assertEquals(Set.of(at("s[a]", 0), at("s[b]", 0)), starts);
	}

	@Test
	void referencesOfAnIndexStayInsideItsSum() throws Exception {
		List<? extends Location> references = get(server.getTextDocumentService()
				.references(new ReferenceParams(bad(), at("a,", 0), new ReferenceContext(false))));
		assertEquals(List.of(at("a]", 0)), references.stream().map(r -> r.getRange().getStart()).toList());
	}

	@Test
	void formattingSpacesTheProduct() throws Exception {
		List<? extends TextEdit> edits = get(server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(bad(), new FormattingOptions(4, true))));
		assertEquals(BAD.replace("s[a]*s[b]", "s[a] * s[b]"), TextEdits.apply(BAD, edits));
	}

	@Test
	void quickFixReplacesTheRadius() throws Exception {
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = get(server.getTextDocumentService()
				.codeAction(new CodeActionParams(bad(), locality.getRange(), new CodeActionContext(List.of(locality)))));
		assertEquals(1, actions.size());
		CodeAction action = actions.get(0).getRight();
		List<TextEdit> edits = action.getEdit().getChanges().values().iterator().next();
		// nearest neighbours are 1 apart
		assertEquals(BAD.replace("@local(0)", "@local(1)"), TextEdits.apply(BAD, edits));
	}

	@Test
	void semanticTokensCoverTheFile() throws Exception {
		List<String> legend = initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		assertTrue(legend.containsAll(List.of("keyword", "decorator", "variable", "number")), legend.toString());
		List<Integer> data = get(server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(bad())))
				.getData();
		assertEquals(0, data.size() % 5);
		// the first token is the keyword model at line 0, column 0
		assertEquals(List.of(0, 0, "model".length(), legend.indexOf("keyword")), data.subList(0, 4));
	}
}
