

   
/* Apache UIMA v3 - First created by JCasGen Sat Nov 21 11:29:50 UTC 2026 */

package org.assay.type;
 

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;

import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.TypeImpl;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.jcas.JCas; 
import org.apache.uima.jcas.JCasRegistry;


import org.apache.uima.jcas.tcas.Annotation;


/** Who asserts a claim: the full noun phrase.
 * Updated by JCasGen Sat Nov 21 11:29:50 UTC 2026
 * XML source: /tmp/jcg/target/jcasgen/typesystem.xml
 * @generated */
public class Source extends Reviewable {
 
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static String _TypeName = "org.assay.type.Source";
  
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static int typeIndexID = JCasRegistry.register(Source.class);
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static int type = typeIndexID;
  /** @generated
   * @return index of the type  
   */
  @Override
  public              int getTypeIndexID() {return typeIndexID;}
 
 
  /* *******************
   *   Feature Offsets *
   * *******************/ 
   
  public final static String _FeatName_antecedent = "antecedent";


  /* Feature Adjusted Offsets */
  private final static CallSite _FC_antecedent = TypeSystemImpl.createCallSite(Source.class, "antecedent");
  private final static MethodHandle _FH_antecedent = _FC_antecedent.dynamicInvoker();

   
  /** Never called.  Disable default constructor
   * @generated */
  @Deprecated
  @SuppressWarnings ("deprecation")
  protected Source() {/* intentionally empty block */}
    
  /** Internal - constructor used by generator 
   * @generated
   * @param casImpl the CAS this Feature Structure belongs to
   * @param type the type of this Feature Structure 
   */
  public Source(TypeImpl type, CASImpl casImpl) {
    super(type, casImpl);
    readObject();
  }
  
  /** @generated
   * @param jcas JCas to which this Feature Structure belongs 
   */
  public Source(JCas jcas) {
    super(jcas);
    readObject();   
  } 


  /** @generated
   * @param jcas JCas to which this Feature Structure belongs
   * @param begin offset to the begin spot in the SofA
   * @param end offset to the end spot in the SofA 
  */  
  public Source(JCas jcas, int begin, int end) {
    super(jcas);
    setBegin(begin);
    setEnd(end);
    readObject();
  }   

  /** 
   * <!-- begin-user-doc -->
   * Write your own initialization here
   * <!-- end-user-doc -->
   *
   * @generated modifiable 
   */
  private void readObject() {/*default - does nothing empty block */}
     
 
    
  //*--------------*
  //* Feature: antecedent

  /** getter for antecedent - gets For a pronoun or short source, the mention it refers to.
   * @generated
   * @return value of the feature 
   */
  public Annotation getAntecedent() { 
    return (Annotation)(_getFeatureValueNc(wrapGetIntCatchException(_FH_antecedent)));
  }
    
  /** setter for antecedent - sets For a pronoun or short source, the mention it refers to. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setAntecedent(Annotation v) {
    _setFeatureValueNcWj(wrapGetIntCatchException(_FH_antecedent), v);
  }    
    
  }

    