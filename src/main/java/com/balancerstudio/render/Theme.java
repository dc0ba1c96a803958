package com.balancerstudio.render;

/**
 * The colours of a diagram. Category colours follow the AWS architecture icon palette (networking purple, compute
 * orange, security red, management pink, storage green); containers use the group colours of AWS architecture diagrams (Region
 * and Availability Zone blue, VPC purple, public subnets green and private subnets teal).
 */
public record Theme(String name, Rgba background, Rgba text, Rgba mutedText, Rgba region, Rgba vpc, Rgba zone,
                    Rgba publicSubnet, Rgba privateSubnet, Rgba networking, Rgba compute, Rgba security, Rgba management,
                    Rgba storage, Rgba client, Rgba connector, Rgba selection, Rgba error, Rgba warning, Rgba info) {

    public static final Theme LIGHT = new Theme("light",
            Rgba.hex("#ffffff"), Rgba.hex("#16191f"), Rgba.hex("#5f6b7a"),
            Rgba.hex("#147eba"), Rgba.hex("#8c4fff"), Rgba.hex("#147eba"),
            Rgba.hex("#3f8624"), Rgba.hex("#00868b"),
            Rgba.hex("#8c4fff"), Rgba.hex("#ed7100"), Rgba.hex("#dd344c"), Rgba.hex("#e7157b"), Rgba.hex("#7aa116"),
            Rgba.hex("#232f3e"), Rgba.hex("#545b64"), Rgba.hex("#0972d3"),
            Rgba.hex("#d91515"), Rgba.hex("#c77700"), Rgba.hex("#0972d3"));

    public static final Theme DARK = new Theme("dark",
            Rgba.hex("#0f1b2a"), Rgba.hex("#e9ebed"), Rgba.hex("#9ba7b6"),
            Rgba.hex("#4cb4f0"), Rgba.hex("#a77bff"), Rgba.hex("#4cb4f0"),
            Rgba.hex("#7cc750"), Rgba.hex("#2ec4c9"),
            Rgba.hex("#a77bff"), Rgba.hex("#ff9a3c"), Rgba.hex("#ff5d6c"), Rgba.hex("#ff4fa3"), Rgba.hex("#9bd14b"),
            Rgba.hex("#d1d5db"), Rgba.hex("#aab7b8"), Rgba.hex("#539fe5"),
            Rgba.hex("#ff5d64"), Rgba.hex("#ffc34d"), Rgba.hex("#539fe5"));
}
