package org.cheapnet.dsl.onnx;

import java.util.HashMap;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/** Runs a serialized ONNX model in ONNX Runtime (CPU) on a batch given as rows of doubles. */
final class OrtRunner implements AutoCloseable {
	private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
	private final OrtSession session;
	private final ElementType type;

	OrtRunner(byte[] model, ElementType type) throws OrtException {
		this.session = environment.createSession(model, new OrtSession.SessionOptions());
		this.type = type;
	}

	/** Every output of the model for input x (one sample per row), as doubles. */
	Map<String, double[][]> run(double[][] x) throws OrtException {
		Object input = type == ElementType.DOUBLE ? x : toFloat(x);
		Map<String, double[][]> outputs = new HashMap<>();
		try (OnnxTensor tensor = OnnxTensor.createTensor(environment, input);
				OrtSession.Result result = session.run(Map.of("x", tensor))) {
			result.forEach(entry -> {
				try {
					Object value = entry.getValue().getValue();
					outputs.put(entry.getKey(), value instanceof double[][] d ? d : toDouble((float[][]) value));
				} catch (OrtException e) {
					throw new IllegalStateException(e);
				}
			});
		}
		return outputs;
	}

	/** x rounded to float, as doubles: what a float32 graph actually reads. */
	static double[][] roundedToFloat(double[][] x) {
		return toDouble(toFloat(x));
	}

	private static float[][] toFloat(double[][] x) {
		float[][] f = new float[x.length][];
		for (int r = 0; r < x.length; r++) {
			f[r] = new float[x[r].length];
			for (int c = 0; c < x[r].length; c++) {
				f[r][c] = (float) x[r][c];
			}
		}
		return f;
	}

	private static double[][] toDouble(float[][] f) {
		double[][] d = new double[f.length][];
		for (int r = 0; r < f.length; r++) {
			d[r] = new double[f[r].length];
			for (int c = 0; c < f[r].length; c++) {
				d[r][c] = f[r][c];
			}
		}
		return d;
	}

	@Override
	public void close() throws OrtException {
		session.close();
	}
}
