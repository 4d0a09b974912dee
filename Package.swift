// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PolicyPress",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "policypress", targets: ["policypress"]),
        .library(name: "PolicyPressKit", targets: ["PolicyPressKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // zlib, to read the parts of a Word file that pandoc does not (its text boxes, bookmarks, page headers).
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "PolicyPressKit",
            dependencies: [
                "CCmark", "CZlib",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "policypress",
            dependencies: [
                "PolicyPressKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "policypress-bench",
            dependencies: ["PolicyPressKit"]
        ),
        .executableTarget(
            name: "policypress-fuzz",
            dependencies: ["PolicyPressKit"]
        ),
        .testTarget(
            name: "PolicyPressKitTests",
            dependencies: [
                "PolicyPressKit", "policypress",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
