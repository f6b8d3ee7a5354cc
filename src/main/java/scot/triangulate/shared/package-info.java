/** What every module uses: common exceptions and the page layout's support. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package scot.triangulate.shared;
