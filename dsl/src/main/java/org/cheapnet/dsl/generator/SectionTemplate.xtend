package org.cheapnet.dsl.generator

import org.cheapnet.runtime.Activation

/**
 * The evaluation code of a generated class: the plan and the network, each as straight-line
 * methods or as tables with a loop, and the helpers they use.
 */
class SectionTemplate {
	val LaneTemplate lanes = new LaneTemplate

	def String evaluation(CompiledClass c) '''
		private static void checkInput(double[] x) {
		    if (x.length != INPUTS) {
		        throw new IllegalArgumentException("expected " + INPUTS + " inputs, got " + x.length);
		    }
		}

		«IF c.plan.tableDriven»«planLoop(c.sectionInputs)»«ELSE»«straightLine(c.plan)»«ENDIF»

		«IF c.network.tableDriven»«networkLoop(c)»«ELSE»«straightLine(c.network)»«ENDIF»
		«IF c.hasLanes»

			«lanes.methods(c.lanes)»
		«ENDIF»
		«FOR a : c.activations»

			«activation(c, a)»
		«ENDFOR»
		«FOR table : c.tables»

			«table(table)»
		«ENDFOR»
		«FOR type : c.tableTypes»

			«decoder(type)»
		«ENDFOR»
	'''

	/** runPlan or runNetwork calling the section's methods in order. */
	def private straightLine(Section s) '''
		/** Fills v«IF s.prefix == "plan"»: v[k] is step k of the plan, then the outputs«ELSE»: v[k] is node k of the network«ENDIF». */
		private static void run«s.prefix.toFirstUpper»(double[] x, double[] v) {
		    «FOR i : 0 ..< s.methods.size»
		    	«s.prefix»«i»(x, v);
		    «ENDFOR»
		}
		«FOR i : 0 ..< s.methods.size»

			private static void «s.prefix»«i»(double[] x, double[] v) {
			    «FOR statement : s.methods.get(i)»
			    	«statement»
			    «ENDFOR»
			}
		«ENDFOR»
	'''

	def private planLoop(String inputs) '''
		/** v[0 .. «inputs») = x, then v[«inputs» + k] = step k: a product of forms 2k and 2k+1, or (kind 1) of form 2k's values. */
		private static void runPlan(double[] x, double[] v) {
		    System.arraycopy(x, 0, v, 0, «inputs»);
		    for (int k = 0; k < PLAN_KIND.length; k++) {
		        v[«inputs» + k] = PLAN_KIND[k] == 0 ? planForm(2 * k, v) * planForm(2 * k + 1, v) : planProduct(2 * k, v);
		    }
		}

		/** c_f + sum_e w_e v[value_e] over form f, added left to right. */
		private static double planForm(int f, double[] v) {
		    double sum = PLAN_CONSTANT[f];
		    for (int e = PLAN_START[f]; e < PLAN_START[f + 1]; e++) {
		        sum += PLAN_WEIGHT[e] * v[PLAN_VALUE[e]];
		    }
		    return sum;
		}

		/** The product of form f's values. */
		private static double planProduct(int f, double[] v) {
		    double product = 1;
		    for (int e = PLAN_START[f]; e < PLAN_START[f + 1]; e++) {
		        product *= v[PLAN_VALUE[e]];
		    }
		    return product;
		}
	'''

	def private networkLoop(CompiledClass c) '''
		/** v[0 .. «c.sectionInputs») = x, then node k: v[«c.sectionInputs» + k] = s(z) or z, z = b_k + sum_e w_e v[source_e]; NETWORK_ACTIVATION[k] is 0 for z, 1 + i for the i-th activation method. */
		private static void runNetwork(double[] x, double[] v) {
		    System.arraycopy(x, 0, v, 0, «c.sectionInputs»);
		    for (int k = 0; k < NETWORK_BIAS.length; k++) {
		        double z = NETWORK_BIAS[k];
		        for (int e = NETWORK_START[k]; e < NETWORK_START[k + 1]; e++) {
		            z += NETWORK_WEIGHT[e] * v[NETWORK_SOURCE[e]];
		        }
		        v[«c.sectionInputs» + k] = switch (NETWORK_ACTIVATION[k]) {
		        «FOR i : 0 ..< c.activations.size»
		        	case «i + 1» -> «c.activationMethod(c.activations.get(i))»(z);
		        «ENDFOR»
		        default -> z;
		        };
		    }
		}
	'''

	def private activation(CompiledClass c, Activation a) '''
		«IF a == Activation.SIGMOID»
			/** The sigmoid 1 / (1 + e^-z) without a branch: e^-z = +inf for z < -709 gives 0, as it should. */
			private static double «c.activationMethod(a)»(double z) {
			    return 1.0 / (1.0 + Math.exp(-z));
			}
		«ELSE»
			/** The «a.dslName» activation, as the runtime computes it. */
			private static double «c.activationMethod(a)»(double z) {
			    return «c.activationConstant(a)».value(z);
			}
		«ENDIF»
	'''

	def private table(Table t) '''
		private static final «t.type»[] «t.name» = «t.type»s(
		        «FOR line : t.literalLines»
		        	«line»
		        «ENDFOR»
		        );
	'''

	def private decoder(String type) '''
		«IF type == "byte"»
			private static byte[] bytes(String... base64) {
			    return java.util.Base64.getDecoder().decode(String.join("", base64));
			}
		«ELSE»
			private static «type»[] «type»s(String... base64) {
			    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes(base64));
			    «type»[] values = new «type»[buffer.remaining() / «IF type == "int"»4«ELSE»8«ENDIF»];
			    buffer.as«type.toFirstUpper»Buffer().get(values);
			    return values;
			}
		«ENDIF»
	'''
}
