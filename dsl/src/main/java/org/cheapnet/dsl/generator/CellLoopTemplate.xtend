package org.cheapnet.dsl.generator

/**
 * The parts of a translation-symmetric hamiltonian's class that loop over the cells (DESIGN.md,
 * "Emitted Java"): energy and network as the constant plus a sum over the cells of one unit
 * cell's plan and network, evaluated on the cell's local inputs, which are gathered from the
 * input by index arithmetic. The code does not depend on the lattice's size, only its numbers do.
 */
class CellLoopTemplate {
	val LaneTemplate lanes = new LaneTemplate

	def String constants(CellLoops l) '''
		/** The number of local inputs of one cell (see gather). */
		private static final int CELL_INPUTS = «l.cellInputs»;
		«FOR a : 0 ..< l.dimension»
			/** AXIS«a»[i] = (i mod «l.sizes.get(a)») * «l.strides.get(a)»: coordinate i along axis «a», wrapped, as a distance between inputs. */
			private static final int[] AXIS«a» = wrappedAxis(«l.sizes.get(a)», «l.strides.get(a)», «l.reach.get(a)»);
		«ENDFOR»
	'''

	def String methods(CompiledClass c) '''
		/** The exact polynomial H(x): the constant plus, over the cells, one cell's polynomial through the cell's plan. */
		@Override
		public double energy(double[] x) {
		    checkInput(x);
		    return planSum(x, new double[CELL_INPUTS], new double[PLAN_SLOTS]);
		}

		/** The network's approximation of H(x): the constant plus, over the cells, the cell network. */
		@Override
		public double network(double[] x) {
		    checkInput(x);
		    return networkSum(x, new double[CELL_INPUTS], new double[NETWORK_SLOTS]);
		}

		«IF c.hasLanes»
			«lanes.cellBatch(c)»
		«ELSE»
			/** out[r] = network(row r of xs). */
			@Override
			public void network(DMatrixRMaj xs, double[] out) {
			    if (xs.numCols != INPUTS || out.length != xs.numRows) {
			        throw new IllegalArgumentException("expected " + INPUTS + " columns and out of length " + xs.numRows);
			    }
			    double[] x = new double[INPUTS];
			    double[] u = new double[CELL_INPUTS];
			    double[] v = new double[NETWORK_SLOTS];
			    for (int r = 0; r < xs.numRows; r++) {
			        System.arraycopy(xs.data, r * INPUTS, x, 0, INPUTS);
			        out[r] = networkSum(x, u, v);
			    }
			}
		«ENDIF»

		«cellSum(c.loops, c.plan)»

		«cellSum(c.loops, c.network)»

		«gather(c.loops)»

		«wrappedAxis»
	'''

	/** planSum or networkSum: the cells in row-major order, each added to the constant as soon as it is computed. */
	def private cellSum(CellLoops l, Section s) '''
		/** The constant «JavaLiterals.of(l.constant)» plus, over the cells in row-major order, the cell «s.prefix» on the cell's local inputs u (v is scratch). */
		private static double «s.prefix»Sum(double[] x, double[] u, double[] v) {
		    double sum = «JavaLiterals.of(l.constant)»;
		    «loop(l, 0, s)»
		    return sum;
		}
	'''

	def private CharSequence loop(CellLoops l, int axis, Section s) '''
		for (int c«axis» = 0; c«axis» < «l.sizes.get(axis)»; c«axis»++) {
		    «IF axis + 1 < l.dimension»
		    	«loop(l, axis + 1, s)»
		    «ELSE»
		    	gather(x, «l.coordinateArguments», u);
		    	run«s.prefix.toFirstUpper»(u, v);
		    	sum += «s.outputs.get(0)»;
		    «ENDIF»
		}
	'''

	def private gather(CellLoops l) '''
		/** u[k] = local input k of cell («l.coordinateArguments»): its variable at the site (cell + offset_k), wrapped. */
		private static void gather(double[] x, «l.coordinateParameters», double[] u) {
		    «IF l.tableDriven»
		    	for (int k = 0; k < CELL_INPUTS; k++) {
		    	    u[k] = x[CELL_BASE[k] + «l.tableSite»];
		    	}
		    «ELSE»
		    	«FOR statement : l.gather»
		    		«statement»
		    	«ENDFOR»
		    «ENDIF»
		}
	'''

	def private wrappedAxis() '''
		/** (i mod size) * stride for 0 <= i < size + reach: a coordinate plus an offset below the size, wrapped, times the stride. */
		private static int[] wrappedAxis(int size, int stride, int reach) {
		    int[] axis = new int[size + reach];
		    for (int i = 0; i < axis.length; i++) {
		        axis[i] = i % size * stride;
		    }
		    return axis;
		}
	'''
}
