

   
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


/** One per CAS: which document and whose layer this is.
 * Updated by JCasGen Sat Nov 21 11:29:50 UTC 2026
 * XML source: /tmp/jcg/target/jcasgen/typesystem.xml
 * @generated */
public class DocumentMeta extends Annotation {
 
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static String _TypeName = "org.assay.type.DocumentMeta";
  
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static int typeIndexID = JCasRegistry.register(DocumentMeta.class);
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
   
  public final static String _FeatName_documentId = "documentId";
  public final static String _FeatName_layer = "layer";
  public final static String _FeatName_typeSystemVersion = "typeSystemVersion";


  /* Feature Adjusted Offsets */
  private final static CallSite _FC_documentId = TypeSystemImpl.createCallSite(DocumentMeta.class, "documentId");
  private final static MethodHandle _FH_documentId = _FC_documentId.dynamicInvoker();
  private final static CallSite _FC_layer = TypeSystemImpl.createCallSite(DocumentMeta.class, "layer");
  private final static MethodHandle _FH_layer = _FC_layer.dynamicInvoker();
  private final static CallSite _FC_typeSystemVersion = TypeSystemImpl.createCallSite(DocumentMeta.class, "typeSystemVersion");
  private final static MethodHandle _FH_typeSystemVersion = _FC_typeSystemVersion.dynamicInvoker();

   
  /** Never called.  Disable default constructor
   * @generated */
  @Deprecated
  @SuppressWarnings ("deprecation")
  protected DocumentMeta() {/* intentionally empty block */}
    
  /** Internal - constructor used by generator 
   * @generated
   * @param casImpl the CAS this Feature Structure belongs to
   * @param type the type of this Feature Structure 
   */
  public DocumentMeta(TypeImpl type, CASImpl casImpl) {
    super(type, casImpl);
    readObject();
  }
  
  /** @generated
   * @param jcas JCas to which this Feature Structure belongs 
   */
  public DocumentMeta(JCas jcas) {
    super(jcas);
    readObject();   
  } 


  /** @generated
   * @param jcas JCas to which this Feature Structure belongs
   * @param begin offset to the begin spot in the SofA
   * @param end offset to the end spot in the SofA 
  */  
  public DocumentMeta(JCas jcas, int begin, int end) {
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
  //* Feature: documentId

  /** getter for documentId - gets File name of the source text within the corpus.
   * @generated
   * @return value of the feature 
   */
  public String getDocumentId() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_documentId));
  }
    
  /** setter for documentId - sets File name of the source text within the corpus. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setDocumentId(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_documentId), v);
  }    
    
   
    
  //*--------------*
  //* Feature: layer

  /** getter for layer - gets Annotator id owning this layer, or "engine" for raw pre-annotation.
   * @generated
   * @return value of the feature 
   */
  public String getLayer() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_layer));
  }
    
  /** setter for layer - sets Annotator id owning this layer, or "engine" for raw pre-annotation. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setLayer(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_layer), v);
  }    
    
   
    
  //*--------------*
  //* Feature: typeSystemVersion

  /** getter for typeSystemVersion - gets Version of this type system that wrote the CAS.
   * @generated
   * @return value of the feature 
   */
  public String getTypeSystemVersion() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_typeSystemVersion));
  }
    
  /** setter for typeSystemVersion - sets Version of this type system that wrote the CAS. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setTypeSystemVersion(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_typeSystemVersion), v);
  }    
    
  }

    