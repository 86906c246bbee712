package org.cheapnet.dsl.generator

/**
 * The batch methods that evaluate the network on a block of rows at once (see LaneSections):
 * the block's inputs are copied into lane arrays, every node is a few kernel calls over the
 * rows, results are copied out. The lanes are the calling thread's, kept between calls
 * (PerThreadArrays): v[0 .. LANE_SLOTS) the nodes', then a scratch lane, a sum, the inputs'.
 * Used when the network is straight-line code; a table-driven network keeps the row-by-row batch.
 */
class LaneTemplate {

	/** The constants of the lanes; inputLanes is the number of input lanes. */
	def String constants(CompiledClass c, int inputLanes) '''
		/** The lanes of the batch: the nodes' (see runNetworkLanes), a scratch lane, a sum, then «inputLanes» inputs'. */
		private static final int LANE_SLOTS = «c.lanes.slots»;
		private static final int LANE_COUNT = LANE_SLOTS + 2 + «inputLanes»;
		/** The rows of one block: «LaneSections.LANES», fewer when the lanes would pass «LaneSections.BLOCK_DOUBLES» doubles. */
		private static final int BLOCK_ROWS = Math.max(1, Math.min(«LaneSections.LANES», «LaneSections.BLOCK_DOUBLES» / LANE_COUNT));
		private static final PerThreadArrays LANE_ARRAYS = new PerThreadArrays(LANE_COUNT, BLOCK_ROWS);
	'''

	/** The batch of a hamiltonian evaluated on the whole input at once. */
	def String wholeInputBatch(CompiledClass c) '''
		/** out[r] = network(row r of xs), computed BLOCK_ROWS rows at a time (see runNetworkLanes). */
		@Override
		public void network(DMatrixRMaj xs, double[] out) {
		    if (xs.numCols != INPUTS || out.length != xs.numRows) {
		        throw new IllegalArgumentException("expected " + INPUTS + " columns and out of length " + xs.numRows);
		    }
		    «inputLanes»
		    for (int r0 = 0; r0 < xs.numRows; r0 += BLOCK_ROWS) {
		        int n = Math.min(BLOCK_ROWS, xs.numRows - r0);
		        transpose(xs.data, r0, n, x);
		        runNetworkLanes(x, v, t, n);
		        System.arraycopy(«c.lanes.outputs.get(0)», 0, out, r0, n);
		    }
		}

		«transpose»
	'''

	/** A classifier's batch of logits. */
	def String classifierBatch(CompiledClass c) '''
		/** Row r of out = logits(row r of xs), computed BLOCK_ROWS rows at a time (see runNetworkLanes). */
		@Override
		public void logits(DMatrixRMaj xs, DMatrixRMaj out) {
		    if (xs.numCols != INPUTS || out.numRows != xs.numRows || out.numCols != «c.classes.size») {
		        throw new IllegalArgumentException("expected " + INPUTS + " columns and out of " + xs.numRows + " x «c.classes.size»");
		    }
		    «inputLanes»
		    for (int r0 = 0; r0 < xs.numRows; r0 += BLOCK_ROWS) {
		        int n = Math.min(BLOCK_ROWS, xs.numRows - r0);
		        transpose(xs.data, r0, n, x);
		        runNetworkLanes(x, v, t, n);
		        for (int r = 0; r < n; r++) {
		            «FOR y : 0 ..< c.classes.size»
		            	out.data[(r0 + r) * «c.classes.size»«IF y > 0» + «y»«ENDIF»] = «JavaLiterals.of(c.logitOffsets.get(y))» - «c.lanes.outputs.get(y)»[r];
		            «ENDFOR»
		        }
		    }
		}

		«transpose»
	'''

	/**
	 * The batch of a translation-symmetric hamiltonian: per block of rows, the cells' lanes summed
	 * in row-major order. A cell reads the lanes of all inputs, transposed once per block; above
	 * LaneSections.MAX_TRANSPOSED inputs (whose lanes would leave few rows per block) it copies its
	 * own local inputs into lanes instead.
	 */
	def String cellBatch(CompiledClass c) '''
		/** out[r] = network(row r of xs), computed BLOCK_ROWS rows at a time: per cell, runNetworkLanes on the cell's input lanes. */
		@Override
		public void network(DMatrixRMaj xs, double[] out) {
		    if (xs.numCols != INPUTS || out.length != xs.numRows) {
		        throw new IllegalArgumentException("expected " + INPUTS + " columns and out of length " + xs.numRows);
		    }
		    double[][] v = LANE_ARRAYS.arrays();
		    double[] t = v[LANE_SLOTS];
		    double[] sum = v[LANE_SLOTS + 1];
		    «IF transposes(c)»
		    	double[][] inputs = java.util.Arrays.copyOfRange(v, LANE_SLOTS + 2, LANE_COUNT);
		    	double[][] x = new double[CELL_INPUTS][];
		    «ELSE»
		    	double[][] x = java.util.Arrays.copyOfRange(v, LANE_SLOTS + 2, LANE_COUNT);
		    «ENDIF»
		    for (int r0 = 0; r0 < xs.numRows; r0 += BLOCK_ROWS) {
		        int n = Math.min(BLOCK_ROWS, xs.numRows - r0);
		        «IF transposes(c)»
		        	transpose(xs.data, r0, n, inputs);
		        «ENDIF»
		        java.util.Arrays.fill(sum, 0, n, «JavaLiterals.of(c.loops.constant)»);
		        «cellLoop(c, 0)»
		        System.arraycopy(sum, 0, out, r0, n);
		    }
		}

		«IF transposes(c)»
			«cellLanes(c.loops)»

			/** x[i][r] = input i of row r0 + r. */
			private static void transpose(double[] data, int r0, int n, double[][] x) {
			    for (int i = 0; i < INPUTS; i++) {
			        «transposeBody»
			    }
			}
		«ELSE»
			«gatherLanes(c.loops)»
		«ENDIF»
	'''

	/** Whether a cell batch transposes all inputs once per block (else each cell copies its local inputs). */
	def static boolean transposes(CompiledClass c) {
		c.inputCount <= LaneSections.MAX_TRANSPOSED
	}

	/** The workspace's lanes: v, t, and x with the lanes of the inputs the network reads (LANE_INPUTS), null for the others. */
	def private inputLanes() '''
		double[][] v = LANE_ARRAYS.arrays();
		double[] t = v[LANE_SLOTS];
		double[][] x = new double[INPUTS][];
		for (int j = 0; j < LANE_INPUTS.length; j++) {
		    x[LANE_INPUTS[j]] = v[LANE_SLOTS + 2 + j];
		}
	'''

	def private CharSequence cellLoop(CompiledClass c, int axis) '''
		for (int c«axis» = 0; c«axis» < «c.loops.sizes.get(axis)»; c«axis»++) {
		    «IF axis + 1 < c.loops.dimension»
		    	«cellLoop(c, axis + 1)»
		    «ELSE»
		    	«IF transposes(c)»
		    		cellLanes(inputs, «c.loops.coordinateArguments», x);
		    	«ELSE»
		    		gatherLanes(xs.data, r0, n, «c.loops.coordinateArguments», x);
		    	«ENDIF»
		    	runNetworkLanes(x, v, t, n);
		    	double[] cell = «c.lanes.outputs.get(0)»;
		    	for (int r = 0; r < n; r++) {
		    	    sum[r] += cell[r];
		    	}
		    «ENDIF»
		}
	'''

	def private gatherLanes(CellLoops l) '''
		/** x[k][r] = local input k of cell («l.coordinateArguments») in row r0 + r (a copy). */
		private static void gatherLanes(double[] data, int r0, int n, «l.coordinateParameters», double[][] x) {
		    «IF l.tableDriven»
		    	for (int k = 0; k < CELL_INPUTS; k++) {
		    	    gatherLane(data, r0, n, CELL_BASE[k] + «l.tableSite», x[k]);
		    	}
		    «ELSE»
		    	«FOR k : 0 ..< l.sites.size»
		    		int s«k» = «l.sites.get(k)»;
		    		double[] x«k» = x[«k»];
		    	«ENDFOR»
		    	for (int r = 0; r < n; r++) {
		    	    int row = (r0 + r) * INPUTS; // one row's inputs at a time: the cell's sites are near each other
		    	    «FOR k : 0 ..< l.sites.size»
		    	    	x«k»[r] = data[row + s«k»];
		    	    «ENDFOR»
		    	}
		    «ENDIF»
		}
		«IF l.tableDriven»

		/** lane[r] = input site of row r0 + r. */
		private static void gatherLane(double[] data, int r0, int n, int site, double[] lane) {
		    for (int r = 0; r < n; r++) {
		        lane[r] = data[(r0 + r) * INPUTS + site];
		    }
		}
		«ENDIF»
	'''

	def private cellLanes(CellLoops l) '''
		/** x[k] = the lane of local input k of cell («l.coordinateArguments»): the lane of its input (no copy). */
		private static void cellLanes(double[][] inputs, «l.coordinateParameters», double[][] x) {
		    «IF l.tableDriven»
		    	for (int k = 0; k < CELL_INPUTS; k++) {
		    	    x[k] = inputs[CELL_BASE[k] + «l.tableSite»];
		    	}
		    «ELSE»
		    	«FOR k : 0 ..< l.sites.size»
		    		x[«k»] = inputs[«l.sites.get(k)»];
		    	«ENDFOR»
		    «ENDIF»
		}
	'''

	def private transpose() '''
		/** x[i][r] = input i of row r0 + r, for the inputs i the network reads. */
		private static void transpose(double[] data, int r0, int n, double[][] x) {
		    for (int i : LANE_INPUTS) {
		        «transposeBody»
		    }
		}
	'''

	def private transposeBody() '''
		double[] lane = x[i];
		for (int r = 0; r < n; r++) {
		    lane[r] = data[(r0 + r) * INPUTS + i];
		}
	'''

	/** runNetworkLanes calling the lane methods in order, and the methods. */
	def String methods(LaneSection s) '''
		/** Fills the lanes v (node k, then the shared exponentials) from the input lanes x, rows 0 .. n; t is scratch. */
		private static void runNetworkLanes(double[][] x, double[][] v, double[] t, int n) {
		    «FOR i : 0 ..< s.methods.size»
		    	networkLanes«i»(x, v, t, n);
		    «ENDFOR»
		}
		«FOR i : 0 ..< s.methods.size»

			private static void networkLanes«i»(double[][] x, double[][] v, double[] t, int n) {
			    «FOR statement : s.methods.get(i)»
			    	«statement»
			    «ENDFOR»
			}
		«ENDFOR»
	'''
}
